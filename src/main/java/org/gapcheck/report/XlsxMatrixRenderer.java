package org.gapcheck.report;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.gapcheck.catalogue.Indicator;
import org.gapcheck.engine.Verdict;

/**
 * The batch matrix as an Excel workbook: "排名" ranks the submissions by score with their verdict counts; "矩阵" has a
 * row per submission (in the same order) and a column per indicator, headed by its number with the title in a comment,
 * each cell the verdict, coloured.
 */
final class XlsxMatrixRenderer implements MatrixRenderer {
    static final String RANKING = "排名";
    static final String MATRIX = "矩阵";
    private static final int MAX_WIDTH = 40;
    /** The columns before the indicators on the matrix sheet, kept in view while scrolling right. */
    private static final List<String> ROW_HEAD = List.of("报告", "单位", "年度");

    @Override
    public String extension() {
        return "xlsx";
    }

    @Override
    public void render(Matrix matrix, OutputStream out) throws IOException {
        List<Matrix.Ranked> ranking = matrix.ranking();
        try (XlsxBook book = new XlsxBook(true)) {
            writeRanking(book, book.sheet(RANKING), ranking);
            writeMatrix(book, book.sheet(MATRIX), matrix.indicators(), ranking);
            book.write(out);
        }
    }

    private static void writeRanking(XlsxBook book, Sheet sheet, List<Matrix.Ranked> ranking) {
        List<String> titles = new ArrayList<>(List.of("名次", "报告", "单位", "年度", "得分"));
        for (Verdict v : Verdict.values()) {
            titles.add(v.label());
        }
        book.headerRow(sheet, 0, titles);
        XlsxColumnWidths widths = new XlsxColumnWidths(titles.size(), MAX_WIDTH);
        for (int c = 0; c < titles.size(); c++) {
            widths.see(c, titles.get(c));
        }
        int rowIndex = 1;
        for (Matrix.Ranked ranked : ranking) {
            Matrix.Row row = ranked.row();
            Row cells = sheet.createRow(rowIndex++);
            book.number(cells, 0, BigDecimal.valueOf(ranked.rank()), widths);
            book.text(cells, 1, row.submission(), widths);
            book.text(cells, 2, row.unit(), widths);
            book.number(cells, 3, row.year() == null ? null : BigDecimal.valueOf(row.year()), widths);
            book.number(cells, 4, row.score(), widths);
            int c = 5;
            for (Verdict v : Verdict.values()) {
                book.number(cells, c++, BigDecimal.valueOf(row.count(v)), widths);
            }
        }
        widths.applyTo(sheet);
        sheet.createFreezePane(0, 1);
        sheet.setAutoFilter(new CellRangeAddress(0, Math.max(1, rowIndex - 1), 0, titles.size() - 1));
        XlsxBook.printSetup(sheet, 1, "法治政府建设报告排名");
    }

    private static void writeMatrix(XlsxBook book, Sheet sheet, List<Indicator> indicators,
                                    List<Matrix.Ranked> ranking) {
        int first = ROW_HEAD.size();
        List<String> titles = new ArrayList<>(ROW_HEAD);
        indicators.forEach(i -> titles.add(Integer.toString(i.no())));
        book.headerRow(sheet, 0, titles);
        XlsxColumnWidths widths = new XlsxColumnWidths(titles.size(), MAX_WIDTH);
        for (int c = 0; c < titles.size(); c++) {
            widths.see(c, titles.get(c));
        }
        Drawing<?> drawing = sheet.createDrawingPatriarch();
        Row header = sheet.getRow(0);
        for (int k = 0; k < indicators.size(); k++) {
            Indicator indicator = indicators.get(k);
            int column = first + k;
            ClientAnchor anchor = drawing.createAnchor(0, 0, 0, 0, column, 1, column + 4, 5);
            anchor.setAnchorType(ClientAnchor.AnchorType.DONT_MOVE_AND_RESIZE);
            Comment comment = drawing.createCellComment(anchor);
            comment.setString(book.workbook().getCreationHelper().createRichTextString(indicator.no() + " " + indicator.title()
                    + "\n" + indicator.level1() + " / " + indicator.level2()));
            comment.setAuthor("gapcheck");
            comment.setAddress(0, column);   // the streaming sheet keeps the anchor's cell otherwise
            header.getCell(column).setCellComment(comment);
        }
        // A million cells for ten thousand reports hold six labels: each column's widths are noted once per label.
        List<Set<Verdict>> shown = new ArrayList<>();
        indicators.forEach(indicator -> shown.add(EnumSet.noneOf(Verdict.class)));
        int rowIndex = 1;
        for (Matrix.Ranked ranked : ranking) {
            Matrix.Row row = ranked.row();
            Row cells = sheet.createRow(rowIndex++);
            book.text(cells, 0, row.submission(), widths);
            book.text(cells, 1, row.unit(), widths);
            book.number(cells, 2, row.year() == null ? null : BigDecimal.valueOf(row.year()), widths);
            for (int k = 0; k < row.verdicts().size(); k++) {
                Verdict verdict = row.verdicts().get(k);
                Cell cell = cells.createCell(first + k);
                cell.setCellValue(verdict.label());
                cell.setCellStyle(book.centred);
                shown.get(k).add(verdict);
            }
        }
        for (int k = 0; k < shown.size(); k++) {
            for (Verdict verdict : shown.get(k)) {
                widths.see(first + k, verdict.label());
            }
        }
        int lastRow = Math.max(1, rowIndex - 1);
        widths.applyTo(sheet);
        sheet.createFreezePane(first, 1);
        sheet.setAutoFilter(new CellRangeAddress(0, lastRow, 0, titles.size() - 1));
        if (!indicators.isEmpty()) {
            book.colourVerdicts(sheet, new CellRangeAddress(1, lastRow, first, titles.size() - 1));
        }
        XlsxBook.printSetup(sheet, 1, "法治政府建设指标结论矩阵");
    }
}
