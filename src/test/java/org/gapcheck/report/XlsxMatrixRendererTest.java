package org.gapcheck.report;

import static org.gapcheck.report.XlsxSeeds.text;
import static org.gapcheck.report.XlsxSeeds.texts;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFSheetConditionalFormatting;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.gapcheck.catalogue.Indicator;
import org.gapcheck.engine.Verdict;
import org.junit.jupiter.api.Test;

/** The batch matrix in xlsx: a ranking sheet and a submissions × indicators sheet, for three real seeds. */
class XlsxMatrixRendererTest {

    private static Matrix threeSeeds() throws Exception {
        List<Matrix.Row> rows = new ArrayList<>();
        for (String prefix : List.of("000", "001", "004")) {
            var a = XlsxSeeds.seed(prefix);
            rows.add(Matrix.Row.of(a.facts().document().name(), a));
        }
        return new Matrix(XlsxSeeds.catalogue().indicators(), rows);
    }

    @Test
    void rankingListsTheSubmissionsBestFirstWithTheirCounts() throws Exception {
        Matrix matrix = threeSeeds();
        try (XSSFWorkbook book = XlsxSeeds.render(matrix)) {
            assertEquals(List.of("排名", "矩阵"), List.of(book.getSheetName(0), book.getSheetName(1)));
            XSSFSheet ranking = book.getSheet("排名");
            List<String> head = new ArrayList<>(List.of("名次", "报告", "单位", "年度", "得分"));
            for (Verdict v : Verdict.values()) {
                head.add(v.label());
            }
            assertEquals(head, texts(ranking.getRow(0)));
            assertEquals(3, ranking.getLastRowNum());
            List<String> order = new ArrayList<>();
            for (int r = 1; r <= 3; r++) {
                Row row = ranking.getRow(r);
                Matrix.Ranked ranked = matrix.ranking().get(r - 1);
                assertEquals(r, (int) row.getCell(0).getNumericCellValue());
                assertEquals(ranked.row().score().doubleValue(), row.getCell(4).getNumericCellValue(), 1e-9);
                for (Verdict v : Verdict.values()) {
                    assertEquals(ranked.row().count(v), (long) row.getCell(5 + v.ordinal()).getNumericCellValue());
                }
                order.add(text(row, 1).substring(0, 3));
            }
            assertEquals(List.of("004", "001", "000"), order, "47.1, 42.3, 28.6");
            assertEquals(1, ranking.getPaneInformation().getHorizontalSplitPosition());
            assertEquals("A1:K4", ranking.getCTWorksheet().getAutoFilter().getRef());
            assertTrue(ranking.getPrintSetup().getLandscape());
            assertEquals(PrintSetup.A4_PAPERSIZE, ranking.getPrintSetup().getPaperSize());
        }
    }

    @Test
    void matrixHasAColumnPerIndicatorWithItsTitleInAComment() throws Exception {
        Matrix matrix = threeSeeds();
        try (XSSFWorkbook book = XlsxSeeds.render(matrix)) {
            XSSFSheet sheet = book.getSheet("矩阵");
            List<String> header = texts(sheet.getRow(0));
            assertEquals(List.of("报告", "单位", "年度"), header.subList(0, 3));
            assertEquals(103, header.size());
            Indicator court = XlsxSeeds.catalogue().indicator(61).orElseThrow();
            int column = header.indexOf("61");
            assertEquals(3 + 60, column);
            Comment comment = sheet.getRow(0).getCell(column).getCellComment();
            assertTrue(comment.getString().getString().startsWith("61 " + court.title()),
                    comment.getString().getString());

            Row hongqiao2020 = sheet.getRow(2);
            assertTrue(text(hongqiao2020, 0).startsWith("001"), "rows in the ranking's order");
            assertEquals("未达标", text(hongqiao2020, column));
            for (int r = 1; r <= 3; r++) {
                Matrix.Row row = matrix.ranking().get(r - 1).row();
                for (int k = 0; k < 100; k++) {
                    assertEquals(row.verdicts().get(k).label(), text(sheet.getRow(r), 3 + k));
                }
            }

            assertEquals(3, sheet.getPaneInformation().getVerticalSplitPosition(), "报告, 单位, 年度 stay in view");
            assertEquals(1, sheet.getPaneInformation().getHorizontalSplitPosition());
            assertEquals("A1:CY4", sheet.getCTWorksheet().getAutoFilter().getRef());
            XSSFSheetConditionalFormatting formatting = sheet.getSheetConditionalFormatting();
            assertEquals(Verdict.values().length, formatting.getNumConditionalFormattings());
            for (int i = 0; i < formatting.getNumConditionalFormattings(); i++) {
                assertArrayEquals(new CellRangeAddress[] {CellRangeAddress.valueOf("D2:CY4")},
                        formatting.getConditionalFormattingAt(i).getFormattingRanges());
                assertEquals('"' + Verdict.values()[i].label() + '"',
                        formatting.getConditionalFormattingAt(i).getRule(0).getFormula1());
            }
            int widest = DisplayWidth.of("61");
            for (int r = 1; r <= 3; r++) {
                widest = Math.max(widest, DisplayWidth.of(text(sheet.getRow(r), column)));
            }
            assertEquals((widest + 2) * 256, sheet.getColumnWidth(column), "as wide as its widest verdict label");
        }
    }
}
