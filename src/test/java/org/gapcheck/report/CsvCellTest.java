package org.gapcheck.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.ByteArrayOutputStream;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import org.gapcheck.engine.Assessment;
import org.gapcheck.engine.Verdict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every CSV gapcheck writes: no field that Excel, WPS or LibreOffice would run as a formula (OWASP CSV injection). */
class CsvCellTest {

    @Test
    void aFieldASpreadsheetWouldRunAsAFormulaStartsWithAQuote() {
        assertEquals("'=1+1", CsvCell.of("=1+1"));
        assertEquals("'+1+2", CsvCell.of("+1+2"));
        assertEquals("'-2+3", CsvCell.of("-2+3"));
        assertEquals("'@SUM(1+1)", CsvCell.of("@SUM(1+1)"));
        assertEquals("'\t=1+1", CsvCell.of("\t=1+1"));
        assertEquals("\"'\r=1+1\"", CsvCell.of("\r=1+1"), "still quoted for its line break");
        assertEquals("\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"", CsvCell.of("=HYPERLINK(\"http://x\",\"y\")"));
        assertEquals("'-3%", CsvCell.of("-3%"), "not a number alone");
    }

    @Test
    void numbersAndOtherTextAreWrittenAsTheyAre() {
        for (String plain : List.of("-3", "+1.6", "42.3", "0", "天津市红桥区人民政府", "差 18.75 个百分点", "≥ 100%",
                "81.25%：出庭应诉率达到81.25%", "", "＝1+1")) {
            assertEquals(plain, CsvCell.of(plain));
        }
        assertEquals("\"a,b\"", CsvCell.of("a,b"));
        assertEquals("\"说\"\"是\"\"\"", CsvCell.of("说\"是\""));
        assertEquals("", CsvCell.of(null));
    }

    @Test
    void theGapListNeutralisesTheReportsFileNameUnitAndSentences(@TempDir Path dir) throws Exception {
        Assessment a = HostileReport.assess(dir);
        StringWriter out = new StringWriter();
        new CsvRenderer().write(List.of(a), out);
        List<List<String>> rows = CsvRows.parse(out.toString().substring(1));
        assertEquals(101, rows.size(), "one row per indicator, the file name's line break kept inside its field");
        List<String> publicity = rows.stream().filter(r -> r.get(2).equals("43")).findFirst().orElseThrow();
        assertEquals("'" + HostileReport.FILE_NAME, publicity.get(0));
        assertEquals("'" + HostileReport.UNIT + " 2020年度（区县政府）", publicity.get(1));
        assertEquals("'" + HostileReport.FORMULA_AND_TAG, publicity.get(9), "现状（佐证）");
        assertNoFormula(rows);
    }

    @Test
    void theMatrixAndTheRankingNeutraliseNamesAndKeepTheirNumbers() throws Exception {
        List<Verdict> verdicts = Collections.nCopies(XlsxSeeds.catalogue().indicators().size(), Verdict.GAP);
        Matrix matrix = new Matrix(XlsxSeeds.catalogue().indicators(), List.of(
                new Matrix.Row("=HYPERLINK(\"http://x\",\"y\")", "@SUM(1+1)区", 2020, new BigDecimal("42.3"), verdicts),
                new Matrix.Row("-1+1", "+区", null, null, verdicts)));
        for (MatrixRenderer renderer : List.of(new CsvMatrixRenderer(), new CsvRankingRenderer())) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            renderer.render(matrix, bytes);
            List<List<String>> rows = CsvRows.parse(bytes.toString(StandardCharsets.UTF_8).substring(1));
            assertEquals(List.of("1", "'=HYPERLINK(\"http://x\",\"y\")", "'@SUM(1+1)区", "2020", "42.3", "100"),
                    rows.get(1).subList(0, 6), renderer::baseName);
            assertEquals(List.of("2", "'-1+1", "'+区", "", ""), rows.get(2).subList(0, 5), renderer::baseName);
            assertNoFormula(rows);
        }
    }

    private static void assertNoFormula(List<List<String>> rows) {
        for (List<String> row : rows) {
            for (String field : row) {
                assertFalse(CsvCell.formulaLike(field), () -> "a formula: " + field.substring(0, Math.min(60, field.length())));
            }
        }
    }
}
