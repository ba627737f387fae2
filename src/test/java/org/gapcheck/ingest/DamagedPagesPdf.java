package org.gapcheck.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * A four-page PDF whose pages 2 and 3 PDFBox reads only in part, built in the test (about 100 KB): page 2's content
 * stream opens 100,000 nested arrays after its first line, page 3's is garbage marked as deflated.
 */
public final class DamagedPagesPdf {

    public static final String FIRST_PAGE = "Alpha: the district handled 1280 cases in 2024.";
    public static final String LAST_PAGE = "Omega: the appearance rate reached 100 percent.";
    public static final String BEFORE_NESTING = "Beta: this line precedes the damage.";

    private DamagedPagesPdf() {}

    public static byte[] bytes() throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.TIMES_ROMAN);
            textPage(document, font, FIRST_PAGE);
            PDPage nested = textPage(document, font, BEFORE_NESTING);
            byte[] good;
            try (var in = nested.getContents()) {
                good = in.readAllBytes();
            }
            String deep = new String(good, StandardCharsets.ISO_8859_1) + "\n" + "[".repeat(100_000)
                    + "\nBT /F1 12 Tf 72 600 Td (Gamma: after the damage) Tj ET\n";
            PDStream deepStream = new PDStream(document);
            try (OutputStream out = deepStream.createOutputStream(COSName.FLATE_DECODE)) {
                out.write(deep.getBytes(StandardCharsets.ISO_8859_1));
            }
            nested.setContents(deepStream);
            PDPage garbage = textPage(document, font, "Delta: never readable");
            PDStream garbageStream = new PDStream(document);
            garbageStream.getCOSObject().setItem(COSName.FILTER, COSName.FLATE_DECODE);
            try (OutputStream out = garbageStream.getCOSObject().createRawOutputStream()) {
                out.write(new byte[] {1, 2, 3, 4, 5, (byte) 0xff, 9, 9, 9, 42, 17});
            }
            garbage.setContents(garbageStream);
            textPage(document, font, LAST_PAGE);
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            document.save(bytes);
            return bytes.toByteArray();
        }
    }

    private static PDPage textPage(PDDocument document, PDType1Font font, String line) throws IOException {
        PDPage page = new PDPage(PDRectangle.A4);
        document.addPage(page);
        try (PDPageContentStream content = new PDPageContentStream(document, page)) {
            content.beginText();
            content.setFont(font, 12);
            content.newLineAtOffset(72, 760);
            content.showText(line);
            content.endText();
        }
        return page;
    }
}
