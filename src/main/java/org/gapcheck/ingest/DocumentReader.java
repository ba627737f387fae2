package org.gapcheck.ingest;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Reads a report file into a {@link Document}: decoded text, normalized text, parts, sentences, unit and year. */
public final class DocumentReader {

    private static final Set<String> SUPPORTED_EXTENSIONS = Set.of("txt");

    private DocumentReader() {}

    /** Whether the file's extension is one of the report formats gapcheck reads (used to pick files from a folder). */
    public static boolean supports(Path file) {
        return SUPPORTED_EXTENSIONS.contains(extensionOf(file));
    }

    /**
     * @param encodingOverride the charset to decode a text file with, or null to detect it (BOM, UTF-8, GB18030)
     */
    public static Document read(Path file, Charset encodingOverride) throws IngestException {
        String text = extractText(file, encodingOverride);
        if (text.chars().allMatch(c -> Line.isBlank((char) c))) {
            throw new IngestException(file, "文件没有文字内容");
        }
        return fromText(String.valueOf(file.getFileName()), text);
    }

    public static Document fromText(String name, String text) {
        String normalized = CharNormalizer.normalize(text);
        List<Line> lines = Line.split(text);
        List<Section> sections = SectionSplitter.split(text, normalized, lines);
        List<Sentence> sentences = SentenceSplitter.split(text, normalized, lines, sections);
        int bodyStart = sections.isEmpty() ? text.length() : sections.get(0).start();
        ReportTitle title = ReportTitle.parse(text, normalized, lines, bodyStart);
        return new Document(name, text, normalized, sections, sentences, title.unit(), title.unitLevel(), title.year(),
                Published.find(normalized));
    }

    /** The one place that knows file formats; .html, .docx and .pdf readers belong here. */
    private static String extractText(Path file, Charset encodingOverride) throws IngestException {
        String extension = extensionOf(file);
        return switch (extension) {
            case "txt" -> TextDecoder.decode(file, bytesOf(file), encodingOverride);
            default -> throw new IngestException(file,
                    "不支持的文件类型：" + (extension.isEmpty() ? "（无扩展名）" : "." + extension) + "，目前只支持 .txt");
        };
    }

    private static String extensionOf(Path file) {
        String name = String.valueOf(file.getFileName());
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static byte[] bytesOf(Path file) throws IngestException {
        if (Files.isDirectory(file)) {
            throw new IngestException(file, "路径是目录，不是文件");
        }
        byte[] bytes;
        try {
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
