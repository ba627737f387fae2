package org.gapcheck.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decodes the bytes of a web page: --encoding first, then a BOM, then the charset the page declares if the bytes agree
 * with it, then what a text report would be (strict UTF-8, strict GB18030). A page whose bytes fit nothing strictly is
 * read with the best candidate when only a few bytes are broken (a CMS cutting a character in half), as a browser does.
 */
final class HtmlCharset {

    /** Browsers look at the first 1024 bytes; CMS pages often put long comments before the meta, so look further. */
    private static final int SNIFF_BYTES = 8192;
    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta\\b[^>]*?charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:+-]+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern XML_ENCODING = Pattern.compile(
            "^\\s*<\\?xml\\b[^>]*?encoding\\s*=\\s*[\"']([A-Za-z0-9._:+-]+)", Pattern.CASE_INSENSITIVE);
    /** Pages that say gb2312 use GBK characters (镕, 喆, 𬌗…) all the time; GB18030 is the superset that reads them all. */
    private static final Set<String> GB_FAMILY = Set.of("gb2312", "gbk", "x-gbk", "cp936", "ms936", "windows-936",
            "gb_2312-80", "csgb2312", "euc-cn", "x-euc-cn", "chinese", "iso-ir-58", "gb18030");
    private static final String PROBE = "<meta charset=";
    /** At most one broken char per this many chars may be replaced; more means the bytes are not in that charset. */
    private static final int CHARS_PER_BROKEN_CHAR = 1000;
    /** Share of the even or of the odd bytes that are NUL in UTF-16 markup without a BOM: most of them are ASCII. */
    private static final double UTF16_NUL_SHARE = 0.25;

    private HtmlCharset() {}

    static String decode(Path file, byte[] bytes, Charset override) throws IngestException {
        if (override != null || TextDecoder.hasBom(bytes)) {
            return TextDecoder.decode(file, bytes, override);
        }
        // NUL bytes are UTF-16 without its BOM or no text at all; UTF-8 would accept them and GB18030 half of them
        ZeroBytes zeros = ZeroBytes.of(bytes);
        if (zeros.any()) {
            // UTF-16 markup has a NUL in every other byte; binary data has them anywhere
            boolean utf16 = Math.max(zeros.even(), zeros.odd()) >= bytes.length / 2 * UTF16_NUL_SHARE;
            throw new IngestException(file, HtmlText.BINARY + (utf16
                    ? "（若是不带 BOM 的 UTF-16 网页，可用 --encoding " + zeros.utf16Name() + " 读取）" : ""));
        }
        Optional<Declared> declared = declared(bytes);
        List<Charset> candidates = new ArrayList<>();
        declared.ifPresent(d -> candidates.add(d.charset()));
        candidates.add(StandardCharsets.UTF_8);
        candidates.add(TextDecoder.GB18030);
        for (Charset charset : candidates) {
            Optional<String> text = TextDecoder.strict(bytes, 0, charset);
            if (text.isPresent()) {
                return text.get();
            }
        }
        for (Charset charset : candidates) {
            Optional<String> text = mostlyValid(bytes, charset);
            if (text.isPresent()) {
                return text.get();
            }
        }
        throw new IngestException(file, declared
                .map(d -> "无法识别网页编码（网页声明为 " + d.name() + "，但内容既不符合它，也不是 UTF-8 或 GB18030）")
                .orElse("无法识别网页编码（既不是 UTF-8，也不是 GB18030）"));
    }

    /** A charset as the page names it, and the charset to read it with. */
    record Declared(String name, Charset charset) {}

    /** The charset the page declares in a meta tag or an XML declaration, if the JVM knows it and it can be right. */
    static Optional<Declared> declared(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, SNIFF_BYTES), StandardCharsets.ISO_8859_1);
        Matcher m = XML_ENCODING.matcher(head);
        if (!m.find()) {
            m = META_CHARSET.matcher(head);
            if (!m.find()) {
                return Optional.empty();
            }
        }
        String name = m.group(1);
        if (GB_FAMILY.contains(name.toLowerCase(Locale.ROOT))) {
            return Optional.of(new Declared(name, TextDecoder.GB18030));
        }
        try {
            return Optional.of(Charset.forName(name)).filter(HtmlCharset::canBeRight).map(c -> new Declared(name, c));
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return Optional.empty();
        }
    }

    /**
     * A declaration read from ASCII bytes cannot be UTF-16 or EBCDIC (decoding with them would "succeed" into nonsense),
     * and a charset without Chinese characters (iso-8859-1, a server default) cannot be the charset of a Chinese report.
     */
    private static boolean canBeRight(Charset charset) {
        if (!charset.canEncode()) {
            return false;
        }
        try {
            return Arrays.equals(PROBE.getBytes(charset), PROBE.getBytes(StandardCharsets.US_ASCII))
                    && charset.newEncoder().canEncode("中文");
        } catch (UnsupportedOperationException e) {
            return false;
        }
    }

    private static Optional<String> mostlyValid(byte[] bytes, Charset charset) {
        String text;
        try {
            text = charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            return Optional.empty();
        }
        long broken = text.chars().filter(c -> c == '\uFFFD').count();
        return broken <= text.length() / CHARS_PER_BROKEN_CHAR ? Optional.of(text) : Optional.empty();
    }
}
