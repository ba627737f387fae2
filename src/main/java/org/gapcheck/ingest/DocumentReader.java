package org.gapcheck.ingest;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Reads a report file into a {@link Document}: decoded text, normalized text, parts, sentences, unit and year. */
public final class DocumentReader {

    /** More text than this is no annual report, whatever the file size: an archive that inflates into a flood. */
    static final int MAX_TEXT_CHARS = 8_000_000;

    /** Word and WPS formats gapcheck cannot read, but whose authors can save them as .docx in a few clicks. */
    private static final Set<String> SAVE_AS_DOCX = Set.of("doc", "wps", "rtf", "odt");

    private DocumentReader() {}

    /** Whether the file's extension is one of the report formats gapcheck reads (used to pick files from a folder). */
    public static boolean supports(Path file) {
        return ReportFormat.of(file).isPresent();
    }

    /** e.g. {@code .txt、.html、.docx、.pdf}, for messages. */
    public static String supportedFormats() {
        return ReportFormat.supportedList();
    }

    /**
     * @param encodingOverride the charset to decode a text file with, or null to detect it (BOM, UTF-8, GB18030)
     */
    public static Document read(Path file, Charset encodingOverride) throws IngestException {
        ReadText read = textOf(file, encodingOverride);
        return fromText(String.valueOf(file.getFileName()), read.text(), read.warnings());
    }

    /**
     * Reads several files as one report named {@code name} (a report delivered in parts, one folder per submission):
     * their texts in the given order, a blank line between two files, parts, sentences, unit and year found over the
     * whole. The first file that cannot be read fails the whole report, since a report missing a part would be judged
     * wrongly.
     */
    public static Document readAll(String name, List<Path> files, Charset encodingOverride) throws IngestException {
        if (files.isEmpty()) {
            throw new IllegalArgumentException("a report needs at least one file: " + name);
        }
        StringBuilder joined = new StringBuilder();
        List<String> warnings = new ArrayList<>();
        for (Path file : files) {
            if (!joined.isEmpty()) {
                joined.append("\n\n");
            }
            ReadText read = textOf(file, encodingOverride);
            joined.append(withoutTrailingLineBreaks(read.text()));
            read.warnings().forEach(w -> warnings.add(file.getFileName() + "：" + w));
        }
        return fromText(name, joined.toString(), warnings);
    }

    public static Document fromText(String name, String text) {
        return fromText(name, text, List.of());
    }

    private static Document fromText(String name, String text, List<String> warnings) {
        String normalized = CharNormalizer.normalize(text);
        List<Line> lines = Line.split(text);
        List<Section> sections = SectionSplitter.split(text, normalized, lines);
        List<Sentence> sentences = SentenceSplitter.split(text, normalized, lines, sections);
        int bodyStart = sections.isEmpty() ? text.length() : sections.get(0).start();
        ReportTitle title = ReportTitle.parse(text, normalized, lines, bodyStart);
        return new Document(name, text, normalized, sections, sentences, title.unit(), title.unitLevel(), title.year(),
                Published.find(normalized), warnings);
    }

    private static ReadText textOf(Path file, Charset encodingOverride) throws IngestException {
        ReadText read = extractText(file, encodingOverride);
        String text = read.text();
        if (text.chars().allMatch(c -> Line.isBlank((char) c))) {
            throw new IngestException(file, "文件没有文字内容");
        }
        // A text report never holds NUL; decoded bytes that do are a binary file (or UTF-16 without its BOM).
        if (text.indexOf('\0') >= 0) {
            throw new IngestException(file, "文件含有二进制内容，不是纯文本（若是不带 BOM 的 UTF-16 文本，可用 --encoding UTF-16LE 读取）");
        }
        return read;
    }

    private static String withoutTrailingLineBreaks(String text) {
        int end = text.length();
        while (end > 0 && (text.charAt(end - 1) == '\n' || text.charAt(end - 1) == '\r')) {
            end--;
        }
        return text.substring(0, end);
    }

    /** The one place that knows file formats: picks the reader, enforces the size limits, contains reader failures. */
    private static ReadText extractText(Path file, Charset encodingOverride) throws IngestException {
        ReportFormat format = ReportFormat.of(file).orElseThrow(() -> unsupported(file));
        byte[] bytes = bytesOf(file, format);
        ReadText read;
        try {
            read = format.reader.read(file, bytes, encodingOverride);
        } catch (RuntimeException | StackOverflowError e) {
            // A reader library meeting a malformed file it did not anticipate; the user needs the file named, not a trace.
            throw new IngestException(file, "无法解析文件：内容已损坏或不是有效的 ." + format.extension + " 文件", e);
        }
        if (read.text().length() > MAX_TEXT_CHARS) {
            throw new IngestException(file, "提取出的文字过多（" + read.text().length() + " 字），超过上限 " + MAX_TEXT_CHARS
                    + " 字，不像是一份报告");
        }
        return read;
    }

    private static IngestException unsupported(Path file) {
        String extension = ReportFormat.extensionOf(file);
        String hint = SAVE_AS_DOCX.contains(extension) ? "；请先在 Word 或 WPS 中另存为 .docx" : "";
        return new IngestException(file, "不支持的文件类型："
                + (extension.isEmpty() ? "（无扩展名）" : "." + extension)
                + "，目前支持 " + ReportFormat.supportedList() + hint);
    }

    private static byte[] bytesOf(Path file, ReportFormat format) throws IngestException {
        if (Files.isDirectory(file)) {
            throw new IngestException(file, "路径是目录，不是文件");
        }
        byte[] bytes;
        try {
            long size = Files.size(file);
            if (size > format.maxBytes) {
                throw new IngestException(file, String.format(Locale.ROOT, "文件过大（%.1f MB），超过 .%s 报告的上限 %s",
                        size / (1024.0 * 1024), format.extension, format.maxSize()));
            }
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new IngestException(file, "文件不存在");
        } catch (AccessDeniedException e) {
            throw new IngestException(file, "无法读取文件：权限不足");
        } catch (IOException e) {
            throw new IngestException(file, "无法读取文件：读写出错");
        }
        if (bytes.length == 0) {
            throw new IngestException(file, "文件为空");
        }
        return bytes;
    }
}
