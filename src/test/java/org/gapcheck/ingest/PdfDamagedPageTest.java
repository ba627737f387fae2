package org.gapcheck.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A page PDFBox cannot read whole is named in the document's warnings; the other pages are kept. */
class PdfDamagedPageTest {

    @TempDir
    Path dir;

    @Test
    void damagedPagesAreNamedAndTheGoodPagesKept() throws IOException, IngestException {
        Path file = Files.write(dir.resolve("damaged.pdf"), DamagedPagesPdf.bytes());
        Document document = DocumentReader.read(file, null);
        assertTrue(document.text().contains(DamagedPagesPdf.FIRST_PAGE), document.text());
        assertTrue(document.text().contains(DamagedPagesPdf.BEFORE_NESTING), document.text());
        assertTrue(document.text().contains(DamagedPagesPdf.LAST_PAGE), document.text());
        assertFalse(document.text().contains("Gamma"), document.text());
        assertEquals(List.of(PdfText.damagedPage(2), PdfText.damagedPage(3)), document.warnings());
        assertTrue(document.warnings().get(0).startsWith("PDF 第 2 页"));
    }

    @Test
    void aWholePdfHasNoWarnings() throws IOException, IngestException {
        Path file = Files.write(dir.resolve("whole.pdf"), PdfFixtures.latinReport(3));
        assertEquals(List.of(), DocumentReader.read(file, null).warnings());
    }

    @Test
    void aReportInPartsNamesTheFileOfTheDamagedPage() throws IOException, IngestException {
        Path good = Files.write(dir.resolve("a.pdf"), PdfFixtures.latinReport(2));
        Path damaged = Files.write(dir.resolve("b.pdf"), DamagedPagesPdf.bytes());
        Document document = DocumentReader.readAll("parts", List.of(good, damaged), null);
        assertEquals(List.of("b.pdf：" + PdfText.damagedPage(2), "b.pdf：" + PdfText.damagedPage(3)),
                document.warnings());
    }
}
