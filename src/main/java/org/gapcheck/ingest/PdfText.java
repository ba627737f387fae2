package org.gapcheck.ingest;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

/**
 * Reads the text layer of a PDF report with PDFBox: lines in reading order, page numbers and running headers and footers
 * dropped, wrapped lines joined back into paragraphs. A PDF without a text layer (a scan), one that needs a password and
 * one that is damaged are refused with a reason the user can act on, never read as an empty report.
 */
final class PdfText {

    /** Annual reports run to a few dozen pages; thousands of pages is a different document or a trap. */
    static final int MAX_PAGES = 2000;
    /** What PDFBox may buffer for streams it creates while reading (the bytes read are already in memory). */
    private static final long STREAM_CACHE_BYTES = 64L * 1024 * 1024;
    /** Readers look for the end-of-file marker within the last 1024 bytes; a file cut short has none there. */
    private static final int EOF_WINDOW = 1024;
    private static final byte[] EOF_MARKER = "%%EOF".getBytes(StandardCharsets.US_ASCII);

    static final String NO_TEXT_LAYER = "无法提取文本：PDF 没有文字层（可能是扫描件），请提供带文字层的 PDF 或 Word 文件";
    static final String ENCRYPTED = "PDF 已加密，需要密码才能打开，请提供未加密的文件";
    static final String DAMAGED = "不是有效的 PDF 文件或文件已损坏";

    private PdfText() {}

    /** A page that PDFBox read only in part; the rest of the report is still read, and the loss reported. */
    static String damagedPage(int page) {
        return "PDF 第 " + page + " 页内容已损坏，该页的文字未能完整读取，据此作出的判断可能缺少该页内容";
    }

    static ReadText read(Path file, byte[] bytes, Charset encodingOverride) throws IngestException {
        // PDFBox reconstructs what it can of a file cut short; half a report would be judged as a report with gaps.
        if (!endsWithEofMarker(bytes)) {
            throw new IngestException(file, DAMAGED);
        }
        if (InflatedStreams.anyTooLarge(bytes)) {
            throw tooLarge(file);
        }
        PdfLines.Pages pages;
        try (PDDocument document = Loader.loadPDF(bytes, "", null, null,
                MemoryUsageSetting.setupMainMemoryOnly(STREAM_CACHE_BYTES).streamCache)) {
            checkPages(file, document);
            if (document.isEncrypted() && InflatedStreams.anyTooLarge(document.getDocument())) {
                throw tooLarge(file);
            }
            pages = PdfLines.of(document);
        } catch (InvalidPasswordException e) {
            throw new IngestException(file, ENCRYPTED, e);
        } catch (PdfLines.TooMuchText e) {
            throw new IngestException(file, e.reason, e);
        } catch (IOException | RuntimeException e) {
            // PDFBox meets damage it did not foresee with all kinds of runtime exceptions; to the user it is one thing.
            throw new IngestException(file, DAMAGED, e);
        }
        String text = PdfParagraphs.text(PageFurniture.without(pages.lines()));
        if (text.chars().allMatch(c -> Line.isBlank((char) c))) {
            throw new IngestException(file, pages.damaged().isEmpty() ? NO_TEXT_LAYER : DAMAGED);
        }
        return new ReadText(text, pages.damaged().stream().map(PdfText::damagedPage).toList());
    }

    /** Counts the pages by walking the page tree (its stated count may lie), stopping past the limit. */
    private static void checkPages(Path file, PDDocument document) throws IngestException {
        if (document.getNumberOfPages() > MAX_PAGES) {
            throw tooManyPages(file);
        }
        int pages = 0;
        for (PDPage ignored : document.getPages()) {
            if (++pages > MAX_PAGES) {
                throw tooManyPages(file);
            }
        }
        if (pages == 0) {
            throw new IngestException(file, "无法提取文本：PDF 没有页面");
        }
    }

    private static IngestException tooManyPages(Path file) {
        return new IngestException(file, "PDF 超过 " + MAX_PAGES + " 页，不像是一份报告");
    }

    private static IngestException tooLarge(Path file) {
        return new IngestException(file, "PDF 中有压缩数据解压后超过 " + InflatedStreams.MAX_INFLATED_BYTES / (1024 * 1024)
                + " MB，不像是一份报告");
    }

    private static boolean endsWithEofMarker(byte[] bytes) {
        int from = Math.max(0, bytes.length - EOF_WINDOW);
        outer:
        for (int i = bytes.length - EOF_MARKER.length; i >= from; i--) {
            for (int j = 0; j < EOF_MARKER.length; j++) {
                if (bytes[i + j] != EOF_MARKER[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
