package org.gapcheck.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;

/** Decodes the bytes of a plain-text report: BOM first, then strict UTF-8, then GB18030 (what Chinese Windows saves). */
final class TextDecoder {

    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final byte[] UTF16LE_BOM = {(byte) 0xFF, (byte) 0xFE};
    private static final byte[] UTF16BE_BOM = {(byte) 0xFE, (byte) 0xFF};
    static final Charset GB18030 = Charset.forName("GB18030");

    private TextDecoder() {}

    static String decode(Path path, byte[] bytes, Charset override) throws IngestException {
        Optional<FileSignature> binary = FileSignature.of(bytes);
        if (binary.isPresent()) {
            throw new IngestException(path, "不是纯文本文件：看起来是 " + binary.get().description + "，" + binary.get().advice);
        }
        if (override != null) {
            return withoutBom(strict(bytes, 0, override).orElseThrow(() ->
                    new IngestException(path, "文件内容不是有效的 " + override.name() + " 编码")));
        }
        if (startsWith(bytes, UTF8_BOM)) {
            return required(path, bytes, UTF8_BOM.length, StandardCharsets.UTF_8);
        }
        if (startsWith(bytes, UTF16LE_BOM)) {
            return required(path, bytes, UTF16LE_BOM.length, StandardCharsets.UTF_16LE);
        }
        if (startsWith(bytes, UTF16BE_BOM)) {
            return required(path, bytes, UTF16BE_BOM.length, StandardCharsets.UTF_16BE);
        }
        Optional<String> text = strict(bytes, 0, StandardCharsets.UTF_8).or(() -> strict(bytes, 0, GB18030));
        if (text.isPresent()) {
            return text.get();
        }
        throw new IngestException(path, undecodable(bytes));
    }

    /**
     * Why bytes that are neither UTF-8 nor GB18030 cannot be read. UTF-16 without a BOM shows zero bytes mostly on one
     * side of the pairs (line breaks, digits, Latin letters; a few CJK characters put one on the other side), and then
     * the user can name the charset; zero bytes without that pattern mean a binary file.
     */
    private static String undecodable(byte[] bytes) {
        ZeroBytes zeros = ZeroBytes.of(bytes);
        if (zeros.odd() >= 4 * Math.max(1, zeros.even()) || zeros.even() >= 4 * Math.max(1, zeros.odd())) {
            String charset = zeros.utf16Name();
            return "无法识别文件编码：看起来是不带 BOM 的 " + charset + " 文本，可用 --encoding " + charset + " 读取";
        }
        if (zeros.any()) {
            return "文件含有二进制内容，不是纯文本";
        }
        return "无法识别文件编码（既不是 UTF-8，也不是 GB18030），可用 --encoding 指定编码";
    }

    private static String required(Path path, byte[] bytes, int offset, Charset charset) throws IngestException {
        return strict(bytes, offset, charset).orElseThrow(() ->
                new IngestException(path, "文件带有 " + charset.name() + " 标记，但内容不是有效的 " + charset.name() + " 编码"));
    }

    static Optional<String> strict(byte[] bytes, int offset, Charset charset) {
        try {
            return Optional.of(charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset))
                    .toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    static boolean hasBom(byte[] bytes) {
        return startsWith(bytes, UTF8_BOM) || startsWith(bytes, UTF16LE_BOM) || startsWith(bytes, UTF16BE_BOM);
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        return bytes.length >= prefix.length && Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
    }

    private static String withoutBom(String text) {
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }
}
