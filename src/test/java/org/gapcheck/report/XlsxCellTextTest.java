package org.gapcheck.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.gapcheck.engine.Assessment;
import org.gapcheck.engine.Verdict;
import org.gapcheck.engine.fact.Finding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The xlsx formats over text no cell can hold (Excel's limit is 32,767 characters; POI refuses more with an
 * IllegalArgumentException) and over text that looks like a formula (written as a string cell, it stays text).
 */
class XlsxCellTextTest {
    private static final int STATUS = 5;

    @Test
    void aLongerTextIsCutToTheLimitAndSaysSo() {
        String cut = XlsxBook.fitted(HostileReport.LONG_CLAUSE);
        assertEquals(32_767, cut.length());
        assertTrue(cut.endsWith("…（已截断，共 40010 字）"), cut.substring(32_700));
        assertTrue(HostileReport.LONG_CLAUSE.startsWith(cut.substring(0, cut.indexOf('…'))));
        String fits = "字".repeat(32_767);
        assertSame(fits, XlsxBook.fitted(fits));
    }

    @Test
    void theCutKeepsASurrogatePairWhole() {
        String extensionB = "𠀀".repeat(20_000);   // U+20000, two UTF-16 units each
        String cut = XlsxBook.fitted(extensionB);
        assertEquals(32_766, cut.length(), "one unit short: the limit falls inside a pair");
        assertTrue(cut.endsWith("…（已截断，共 20000 字）"));
        assertTrue(cut.codePoints().noneMatch(c -> c >= 0xD800 && c <= 0xDFFF), "no lone surrogate");
    }

    @Test
    void theHostileReportGivesAWorkbookWithItsLongClauseCutAndItsFormulasAsText(@TempDir Path dir) throws Exception {
        try (XSSFWorkbook book = XlsxSeeds.render(List.of(HostileReport.assess(dir)))) {
            XSSFSheet sheet = book.getSheetAt(1);
            String status = sheet.getRow(5).getCell(STATUS).getStringCellValue();
            assertEquals(32_767, status.length());
            assertTrue(status.startsWith("全区推行权责清单制度并持续加强"));
            assertTrue(status.endsWith("…（已截断，共 40010 字）"));

            Cell publicity = sheet.getRow(43).getCell(STATUS);
            assertEquals(CellType.STRING, publicity.getCellType());
            assertEquals(HostileReport.FORMULA_AND_TAG, publicity.getStringCellValue());
            Row summary = book.getSheet(XlsxRenderer.SUMMARY).getRow(1);
            // XML cannot hold an ESC: POI writes it as ?, the rest of the name as it is.
            assertEquals(HostileReport.FILE_NAME.replace('\u001b', '?'), summary.getCell(0).getStringCellValue());
            assertEquals(HostileReport.UNIT, summary.getCell(1).getStringCellValue());
            assertNoFormula(book);
            assertEquals("&C=1+2&&B<b>区人民政府 2020年度（区县政府） 法治政府建设整改台账",
                    sheet.getCTWorksheet().getHeaderFooter().getOddHeader(), "&B shown, not turning bold on");
        }
    }

    @Test
    void aFindingNoCellHoldsIsCutAndItsRowNoTallerThanExcelAllows(@TempDir Path dir) throws Exception {
        Assessment a = HostileReport.assess(dir);
        Assessment withFinding = new Assessment(a.facts(), a.score(), a.indicators(),
                List.of(new Finding("two_values", HostileReport.LONG_CLAUSE, -1, -1)), a.deadline());
        try (XSSFWorkbook book = XlsxSeeds.render(List.of(withFinding))) {
            Row finding = book.getSheet(XlsxRenderer.SUMMARY).getRow(5);
            assertEquals("一致性", finding.getCell(1).getStringCellValue());
            assertEquals(32_767, finding.getCell(2).getStringCellValue().length());
            assertEquals(409, finding.getHeightInPoints(), 0.01, "Excel's tallest row");
        }
    }

    @Test
    void theMatrixCutsALongNameAndKeepsFormulasAsText() throws Exception {
        List<Verdict> verdicts = Collections.nCopies(XlsxSeeds.catalogue().indicators().size(), Verdict.MET);
        Matrix matrix = new Matrix(XlsxSeeds.catalogue().indicators(), List.of(
                new Matrix.Row("=HYPERLINK(\"http://x\",\"y\")", HostileReport.LONG_CLAUSE, 2020, BigDecimal.TEN, verdicts)));
        try (XSSFWorkbook book = XlsxSeeds.render(matrix)) {
            for (Sheet sheet : List.of(book.getSheet(XlsxMatrixRenderer.RANKING), book.getSheet(XlsxMatrixRenderer.MATRIX))) {
                int name = sheet == book.getSheet(XlsxMatrixRenderer.RANKING) ? 1 : 0;
                Row row = sheet.getRow(1);
                assertEquals(CellType.STRING, row.getCell(name).getCellType());
                assertEquals("=HYPERLINK(\"http://x\",\"y\")", row.getCell(name).getStringCellValue());
                assertEquals(32_767, row.getCell(name + 1).getStringCellValue().length());
                assertNotEquals(HostileReport.LONG_CLAUSE, row.getCell(name + 1).getStringCellValue());
            }
            assertNoFormula(book);
        }
    }

    private static void assertNoFormula(XSSFWorkbook book) {
        for (Sheet sheet : book) {
            for (Row row : sheet) {
                for (Cell cell : row) {
                    assertNotEquals(CellType.FORMULA, cell.getCellType(), () -> sheet.getSheetName() + "!" + cell.getAddress());
                }
            }
        }
    }
}
