package org.gapcheck.ingest;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.CCITTFactory;

/**
 * Small PDFs made with PDFBox for the reader's tests. {@code main} writes the committed ones: the bad-input corpus
 * (src/test/resources/bad-input/pdf-*.pdf) and the fuzz test's seed inputs; run it from the repository root with the
 * test classpath. The scanned fixture draws its text with a CJK font (fonts-noto-cjk) when the machine has one.
 */
final class PdfFixtures {

    static final String USER_PASSWORD = "gapcheck";

    private PdfFixtures() {}

    /** A text PDF in a standard font (nothing embedded): one paragraph per page and "- n -" at each page's foot. */
    static byte[] latinReport(int pages) throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.TIMES_ROMAN);
            for (int p = 1; p <= pages; p++) {
                PDPage page = new PDPage(PDRectangle.A4);
                document.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    content.beginText();
                    content.setFont(font, 12);
                    content.newLineAtOffset(72, 760);
                    content.showText("1. Annual report on law-based government, part " + p);
                    content.newLineAtOffset(0, -18);
                    content.showText("In 2024 the district handled 1280 cases; the appearance rate reached 100%.");
                    content.endText();
                    content.beginText();
                    content.newLineAtOffset(290, 40);
                    content.showText("- " + p + " -");
                    content.endText();
                }
            }
            return bytes(document);
        }
    }

    /** {@code pdf} encrypted with PDFBox's standard security handler; an empty user password opens it for reading. */
    static byte[] encrypted(byte[] pdf, String userPassword) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            AccessPermission permissions = new AccessPermission();
            permissions.setCanExtractContent(false);
            permissions.setCanModify(false);
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-secret", userPassword, permissions);
            policy.setEncryptionKeyLength(128);
            document.protect(policy);
            return bytes(document);
        }
    }

    /** Pages that are photographs of text: each an image (bilevel, CCITT G4, as scanners save them) and nothing else. */
    static byte[] scanned(int pages) throws IOException {
        try (PDDocument document = new PDDocument()) {
            for (int p = 1; p <= pages; p++) {
                PDPage page = new PDPage(PDRectangle.A4);
                document.addPage(page);
                BufferedImage scan = scanOf(List.of("某区2024年法治政府建设情况报告", "一、主要举措和成效",
                        "全年办理行政复议案件12件，出庭应诉率100%。", "— " + p + " —"));
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    content.drawImage(CCITTFactory.createFromImage(document, scan), 0, 0,
                            PDRectangle.A4.getWidth(), PDRectangle.A4.getHeight());
                }
            }
            return bytes(document);
        }
    }

    static byte[] noPages() throws IOException {
        try (PDDocument document = new PDDocument()) {
            return bytes(document);
        }
    }

    static byte[] emptyPage() throws IOException {
        try (PDDocument document = new PDDocument()) {
            document.addPage(new PDPage(PDRectangle.A4));
            return bytes(document);
        }
    }

    /** Pages without content, to test the page limit. */
    static byte[] blankPages(int pages) throws IOException {
        try (PDDocument document = new PDDocument()) {
            for (int p = 0; p < pages; p++) {
                document.addPage(new PDPage(PDRectangle.A4));
            }
            return bytes(document);
        }
    }

    /** One page showing {@code glyphs} characters, far more than a page of a report holds when large. */
    static byte[] densepage(int glyphs) throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 1);
                content.newLineAtOffset(10, 800);
                char[] line = new char[1000];
                Arrays.fill(line, 'x');
                for (int shown = 0; shown < glyphs; shown += line.length) {
                    content.showText(new String(line, 0, Math.min(line.length, glyphs - shown)));
                    content.newLineAtOffset(0, -1);
                }
                content.endText();
            }
            return bytes(document);
        }
    }

    /** A file cut off at {@code fraction} of its length, as an interrupted download leaves it. */
    static byte[] truncated(byte[] pdf, double fraction) {
        return Arrays.copyOf(pdf, (int) (pdf.length * fraction));
    }

    private static BufferedImage scanOf(List<String> lines) {
        BufferedImage image = new BufferedImage(827, 1169, BufferedImage.TYPE_BYTE_BINARY);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, image.getWidth(), image.getHeight());
        g.setColor(Color.BLACK);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_OFF);
        g.setFont(new Font("Noto Serif CJK SC", Font.PLAIN, 22));
        int y = 160;
        for (String line : lines) {
            g.drawString(line, 110, y);
            y += 44;
        }
        g.dispose();
        return image;
    }

    private static byte[] bytes(PDDocument document) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        document.save(out);
        return out.toByteArray();
    }

    public static void main(String[] args) throws IOException {
        Path bad = Path.of("src/test/resources/bad-input");
        Path seeds = Path.of("src/test/resources/org/gapcheck/ingest/PdfTextFuzzTestInputs/readsOrRefuses");
        Files.createDirectories(bad);
        Files.createDirectories(seeds);
        byte[] tiny = Files.readAllBytes(seeds.resolve("chromium-cjk.pdf"));
        Files.write(bad.resolve("pdf-scanned.pdf"), scanned(2));
        Files.write(bad.resolve("pdf-encrypted.pdf"), encrypted(latinReport(1), USER_PASSWORD));
        Files.write(bad.resolve("pdf-truncated.pdf"), truncated(tiny, 0.6));
        Files.write(bad.resolve("pdf-not-a-pdf.pdf"), ("<!DOCTYPE html><html><head><title>404 Not Found</title></head>"
                + "<body><h1>404 Not Found</h1><p>您访问的页面不存在。</p></body></html>\n").getBytes(StandardCharsets.UTF_8));
        Files.write(bad.resolve("pdf-no-pages.pdf"), noPages());
        Files.write(bad.resolve("pdf-empty-page.pdf"), emptyPage());
        Files.write(seeds.resolve("pdfbox-two-pages.pdf"), latinReport(2));
        Files.write(seeds.resolve("pdfbox-owner-password.pdf"), encrypted(latinReport(1), ""));
    }
}
