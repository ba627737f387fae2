package org.gapcheck.ingest;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** The file formats a report can arrive in, each with the reader that turns its bytes into text and its size limit. */
enum ReportFormat {
    TXT("txt", 8, whole(TextDecoder::decode)),
    DOCX("docx", 64, whole(DocxText::read)),
    HTML("html", 16, whole(HtmlText::read)),
    HTM("htm", 16, whole(HtmlText::read)),
    PDF("pdf", 64, PdfText::read);

    /**
     * Turns a file's bytes into the report's text and what had to be left out of it; {@code encodingOverride} is the
     * --encoding charset or null.
     */
    @FunctionalInterface
    interface TextReader {
        ReadText read(Path file, byte[] bytes, Charset encodingOverride) throws IngestException;
    }

    /** A reader that either reads the whole file or fails. */
    @FunctionalInterface
    interface WholeTextReader {
        String read(Path file, byte[] bytes, Charset encodingOverride) throws IngestException;
    }

    private static TextReader whole(WholeTextReader reader) {
        return (file, bytes, encodingOverride) -> new ReadText(reader.read(file, bytes, encodingOverride));
    }

    private static final long MIB = 1024 * 1024;

    final String extension;
    /** Far above any real report of this format, low enough that a stray dump or bomb is refused before it is read. */
    final long maxBytes;
    final TextReader reader;

    ReportFormat(String extension, long maxMebibytes, TextReader reader) {
        this.extension = extension;
        this.maxBytes = maxMebibytes * MIB;
        this.reader = reader;
    }

    static Optional<ReportFormat> of(Path file) {
        String extension = extensionOf(file);
        return Arrays.stream(values()).filter(f -> f.extension.equals(extension)).findFirst();
    }

    static String extensionOf(Path file) {
        String name = String.valueOf(file.getFileName());
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    /** e.g. {@code .txt、.html、.docx、.pdf}. */
    static String supportedList() {
        return Arrays.stream(values()).map(f -> "." + f.extension).collect(Collectors.joining("、"));
    }

    String maxSize() {
        return maxBytes / MIB + " MB";
    }
}
