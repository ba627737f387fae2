package org.gapcheck.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.Deflater;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The PDF reader on a real text PDF (seed 002 rendered by Chromium as an official document, see
 * src/test/resources/ingest/pdf/README.md) and on the PDFs it must refuse.
 */
class PdfTextTest {

    static final String SEED = "002_d9e95e2a48e67257";
    static final Path PDF = Path.of("src/test/resources/ingest/pdf/" + SEED + ".pdf");
    private static final Path BAD = Path.of("src/test/resources/bad-input");
    /** The running header make_pdf.py prints at the top of every page. */
    private static final String RUNNING_HEADER = "法治政府建设年度情况";

    private static byte[] pdfBytes;
    private static Document document;

    @TempDir
    Path dir;

    @BeforeAll
    static void read() throws Exception {
        pdfBytes = Files.readAllBytes(PDF);
        document = DocumentReader.read(PDF, null);
    }

    @Test
    void sectionsUnitAndYearOfThePdfEqualTheGold() {
        Seeds.assertGoldSectionsUnitAndYear(SEED, document);
    }

    @Test
    void paragraphsAreTheSeedsLines() throws Exception {
        List<String> seedLines = Files.readAllLines(Seeds.report(SEED), StandardCharsets.UTF_8).stream()
                .map(String::strip).filter(l -> !l.isEmpty()).toList();
        assertEquals(seedLines, document.text().lines().toList());
    }

    @Test
    void wrappedSentencesAndHeadingsAreWhole() throws Exception {
        String raw = rawText();
        // wrapped over three lines of page 2
        String sentence = "健全区委、区政府主要负责同志“讲学”、理论中心学习组“导学”、党员干部“考学”机制，"
                + "全区140余个党委（党组）建立习近平法治思想常态化学习机制。";
        // wrapped inside a number, across the foot of page 5, its page number, the next page's header
        String acrossPages = "成功调解案件15820件，涉及金额1.33亿元，调处成功率达99%。";
        String heading = "一、党政主要负责人切实履行推进法治建设第一责任人职责";
        for (String whole : List.of(sentence, acrossPages, heading)) {
            assertFalse(raw.contains(whole), "the PDF's own lines break " + whole);
            assertTrue(document.text().contains(whole), whole);
        }
        assertTrue(document.text().lines().anyMatch(heading::equals));
    }

    @Test
    void pageNumbersAndTheRunningHeaderAreDropped() throws Exception {
        String raw = rawText();
        assertTrue(raw.contains("— 2 —") && raw.split(RUNNING_HEADER, -1).length > 5, "the PDF prints them");
        for (String line : document.text().lines().toList()) {
            assertFalse(line.matches("[\\s\\-—–]*\\d+[\\s\\-—–]*|第\\s*\\d+\\s*页.*"), line);
            assertFalse(line.contains(RUNNING_HEADER), line);
        }
    }

    @Test
    void scannedPdfIsRefusedForWantOfATextLayer() {
        IngestException e = refused(BAD.resolve("pdf-scanned.pdf"));
        assertEquals(PdfText.NO_TEXT_LAYER, e.reason());
        assertTrue(e.reason().startsWith("无法提取文本"));
    }

    @Test
    void aPageWithoutContentIsRefusedLikeAScan() {
        assertEquals(PdfText.NO_TEXT_LAYER, refused(BAD.resolve("pdf-empty-page.pdf")).reason());
    }

    @Test
    void pdfWithAUserPasswordIsRefused() throws Exception {
        Path locked = write("locked.pdf", PdfFixtures.encrypted(pdfBytes, PdfFixtures.USER_PASSWORD));
        assertEquals(PdfText.ENCRYPTED, refused(locked).reason());
        assertEquals(PdfText.ENCRYPTED, refused(BAD.resolve("pdf-encrypted.pdf")).reason());
    }

    @Test
    void pdfWithOnlyAnOwnerPasswordIsRead() throws Exception {
        byte[] restricted = PdfFixtures.encrypted(pdfBytes, "");
        try (PDDocument d = Loader.loadPDF(restricted)) {
            assertTrue(d.isEncrypted() && !d.getCurrentAccessPermission().canExtractContent(), "restricted as meant");
        }
        assertEquals(document.text(), DocumentReader.read(write("restricted.pdf", restricted), null).text());
    }

    @Test
    void truncatedPdfIsRefusedRatherThanReadInPart() throws Exception {
        assertEquals(PdfText.DAMAGED, refused(write("cut.pdf", PdfFixtures.truncated(pdfBytes, 0.7))).reason());
        assertEquals(PdfText.DAMAGED, refused(BAD.resolve("pdf-truncated.pdf")).reason());
    }

    @Test
    void otherFilesNamedPdfAreRefused() throws Exception {
        assertEquals(PdfText.DAMAGED, refused(BAD.resolve("pdf-not-a-pdf.pdf")).reason());
        assertEquals(PdfText.DAMAGED, refused(write("text.pdf", Files.readAllBytes(Seeds.report(SEED)))).reason());
    }

    @Test
    void pdfWithoutPagesIsRefused() {
        assertEquals("无法提取文本：PDF 没有页面", refused(BAD.resolve("pdf-no-pages.pdf")).reason());
    }

    @Test
    void pdfWithMorePagesThanAnyReportIsRefused() throws Exception {
        Path file = write("pages.pdf", PdfFixtures.blankPages(PdfText.MAX_PAGES + 1));
        assertEquals("PDF 超过 2000 页，不像是一份报告", refused(file).reason());
    }

    @Test
    void pageFloodedWithGlyphsIsRefused() throws Exception {
        Path file = write("dense.pdf", PdfFixtures.densepage(PdfLines.MAX_GLYPHS_PER_PAGE + 1));
        assertEquals("PDF 第 1 页的文字超过 100000 字，不像是一份报告", refused(file).reason());
    }

    @Test
    void streamThatInflatesBeyondTheLimitIsRefusedBeforePdfBoxDecodesIt() throws Exception {
        Path file = write("bomb.pdf", pdfWithContent(deflatedSpaces(InflatedStreams.MAX_INFLATED_BYTES + 1)));
        assertEquals("PDF 中有压缩数据解压后超过 256 MB，不像是一份报告", refused(file).reason());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "- 1 -|0|true", "— 2 —|1|true", "－３－|2|true", "第 1 页 共 5 页|0|true", "第3页|2|true", "共 5 页 第 2 页|1|true",
        "4 / 12|3|true", "Page 2 of 9|1|true", "7|6|true", "7|60|false", "2024|0|false", "100%|0|false",
        "一、主要举措|0|false", "第一页|0|false"})
    void pageNumbers(String line, int page, boolean isPageNumber) {
        assertEquals(isPageNumber, PageFurniture.isPageNumber(new PdfLine(line, page, 0, 10, 0, 10)));
    }

    @Test
    void formatsListPdf() {
        assertTrue(DocumentReader.supportedFormats().contains(".pdf"));
        assertTrue(DocumentReader.supports(Path.of("报告.PDF")));
    }

    private static String rawText() throws Exception {
        try (PDDocument d = Loader.loadPDF(pdfBytes)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            return stripper.getText(d);
        }
    }

    private static IngestException refused(Path file) {
        return assertThrows(IngestException.class, () -> DocumentReader.read(file, null));
    }

    private Path write(String name, byte[] bytes) throws Exception {
        return Files.write(dir.resolve(name), bytes);
    }

    private static byte[] deflatedSpaces(long count) {
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION);
        byte[] spaces = new byte[1 << 20];
        Arrays.fill(spaces, (byte) ' ');
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[1 << 16];
        for (long left = count; left > 0; left -= spaces.length) {
            deflater.setInput(spaces, 0, (int) Math.min(spaces.length, left));
            while (!deflater.needsInput()) {
                out.write(buffer, 0, deflater.deflate(buffer));
            }
        }
        deflater.finish();
        while (!deflater.finished()) {
            out.write(buffer, 0, deflater.deflate(buffer));
        }
        deflater.end();
        return out.toByteArray();
    }

    /** A one-page PDF whose page content is {@code deflated}, with a correct cross-reference table. */
    private static byte[] pdfWithContent(byte[] deflated) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<Integer> offsets = new ArrayList<>();
        String[] objects = {
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>"};
        out.writeBytes("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII));
        for (int i = 0; i < objects.length; i++) {
            offsets.add(out.size());
            out.writeBytes(((i + 1) + " 0 obj\n" + objects[i] + "\nendobj\n").getBytes(StandardCharsets.US_ASCII));
        }
        offsets.add(out.size());
        out.writeBytes(("4 0 obj\n<< /Length " + deflated.length + " /Filter /FlateDecode >>\nstream\n")
                .getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(deflated);
        out.writeBytes("\nendstream\nendobj\n".getBytes(StandardCharsets.US_ASCII));
        int xref = out.size();
        StringBuilder table = new StringBuilder("xref\n0 5\n0000000000 65535 f \n");
        offsets.forEach(o -> table.append(String.format("%010d 00000 n \n", o)));
        table.append("trailer\n<< /Size 5 /Root 1 0 R >>\nstartxref\n").append(xref).append("\n%%EOF\n");
        out.writeBytes(table.toString().getBytes(StandardCharsets.US_ASCII));
        return out.toByteArray();
    }
}
