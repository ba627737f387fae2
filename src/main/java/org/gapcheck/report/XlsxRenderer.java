package org.gapcheck.report;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Hyperlink;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.gapcheck.engine.Assessment;
import org.gapcheck.engine.IndicatorResult;
import org.gapcheck.engine.Verdict;
import org.gapcheck.engine.fact.Finding;
import org.gapcheck.ingest.Document;

/**
 * The 整改台账 as an Excel workbook: a summary sheet "汇总" (one row per report, then the completeness and consistency
 * findings), and per report a sheet with one row per indicator that the office completes with who fixes each gap by
 * when. Verdicts are coloured and can only be re-judged to one of the six labels.
 */
final class XlsxRenderer implements Renderer {
    static final String SUMMARY = "汇总";
    /**
     * Column widths stop here (in characters, a Chinese character counting two): longer texts wrap, and the ten
     * columns still print one page wide on A4 landscape at a readable scale.
     */
    static final int MAX_WIDTH = 40;
    /** Room to write a unit's name or a date in the columns left to the office. */
    private static final int FILL_IN_WIDTH = 14;
    /** Excel's limit, in points. */
    private static final float MAX_ROW_HEIGHT = 409;

    @Override
    public String extension() {
        return "xlsx";
    }

    @Override
    public void render(List<Assessment> assessments, OutputStream out) throws IOException {
        try (XlsxBook book = new XlsxBook()) {
            Sheet summary = book.sheet(SUMMARY);
            List<Sheet> sheets = new ArrayList<>();
            for (Assessment a : assessments) {
                Sheet sheet = book.sheet(sheetName(a));
                writeRectification(book, sheet, a);
                sheets.add(sheet);
            }
            writeSummary(book, summary, assessments, sheets);
            book.write(out);
        }
    }

    /** "天津市红桥区人民政府 2020": the unit and the year, as far as the report names them. */
    static String sheetName(Assessment a) {
        Document d = a.facts().document();
        String unit = d.unit() == null ? "未识别单位" : d.unit();
        return d.year() == null ? unit : unit + " " + d.year();
    }

    private static void writeRectification(XlsxBook book, Sheet sheet, Assessment a) {
        List<GapColumn> columns = GapColumn.RECTIFICATION;
        List<String> titles = columns.stream().map(GapColumn::title).toList();
        book.headerRow(sheet, 0, titles);
        XlsxColumnWidths widths = new XlsxColumnWidths(columns.size(), MAX_WIDTH);
        for (int c = 0; c < titles.size(); c++) {
            widths.see(c, titles.get(c));
        }
        int verdictColumn = titles.indexOf("结论");
        int numberColumn = titles.indexOf("序号");
        int rowIndex = 1;
        for (IndicatorResult r : a.indicators()) {
            Row row = sheet.createRow(rowIndex++);
            for (int c = 0; c < columns.size(); c++) {
                GapColumn column = columns.get(c);
                Cell cell = row.createCell(c);
                if (column == GapColumn.OWNER) {
                    cell.setCellStyle(book.fillIn);
                    widths.atLeast(c, FILL_IN_WIDTH);
                } else if (column == GapColumn.DUE) {
                    cell.setCellStyle(book.fillInDate);
                    widths.atLeast(c, FILL_IN_WIDTH);
                } else if (c == numberColumn) {
                    cell.setCellValue(r.indicator().no());
                    cell.setCellStyle(book.centred);
                    widths.see(c, Integer.toString(r.indicator().no()));
                } else {
                    String value = column.value().apply(r);
                    cell.setCellValue(XlsxBook.fitted(value));
                    cell.setCellStyle(c == verdictColumn ? book.centred : book.text);
                    widths.see(c, value);
                }
            }
        }
        int lastRow = Math.max(1, rowIndex - 1);
        widths.applyTo(sheet);
        sheet.createFreezePane(0, 1);
        sheet.setAutoFilter(new CellRangeAddress(0, lastRow, 0, columns.size() - 1));
        book.verdictList(sheet, new CellRangeAddressList(1, lastRow, verdictColumn, verdictColumn));
        book.colourVerdicts(sheet, new CellRangeAddress(1, lastRow, verdictColumn, verdictColumn));
        XlsxBook.printSetup(sheet, 1, Texts.title(a) + " 法治政府建设整改台账");
    }

    private static final List<String> SUMMARY_HEAD = List.of("报告文件", "单位", "年度", "单位层级", "得分");
    private static final List<String> FINDINGS_HEAD = List.of("报告", "类型", "说明");

    private static void writeSummary(XlsxBook book, Sheet sheet, List<Assessment> assessments,
                                     List<Sheet> sheets) {
        List<String> titles = new ArrayList<>(SUMMARY_HEAD);
        for (Verdict v : Verdict.values()) {
            titles.add(v.label());
        }
        titles.add("发布日期/公开期限");
        book.headerRow(sheet, 0, titles);
        XlsxColumnWidths widths = new XlsxColumnWidths(titles.size(), MAX_WIDTH);
        for (int c = 0; c < titles.size(); c++) {
            widths.see(c, titles.get(c));
        }
        for (int i = 0; i < assessments.size(); i++) {
            Assessment a = assessments.get(i);
            Document d = a.facts().document();
            Row row = sheet.createRow(i + 1);
            Cell file = book.text(row, 0, d.name(), widths);
            Hyperlink toSheet = book.workbook().getCreationHelper().createHyperlink(HyperlinkType.DOCUMENT);
            toSheet.setAddress("'" + sheets.get(i).getSheetName().replace("'", "''") + "'!A1");
            file.setHyperlink(toSheet);
            file.setCellStyle(book.link);
            book.text(row, 1, d.unit(), widths);
            book.number(row, 2, d.year() == null ? null : BigDecimal.valueOf(d.year()), widths);
            book.text(row, 3, d.unitLevel() == null ? null : d.unitLevel().label(), widths);
            book.number(row, 4, a.score().percent(), widths);
            int c = 5;
            for (Verdict v : Verdict.values()) {
                book.number(row, c++, BigDecimal.valueOf(a.count(v)), widths);
            }
            book.text(row, c, Texts.publication(a), widths);
        }
        int lastRow = Math.max(1, assessments.size());
        sheet.createFreezePane(0, 1);
        sheet.setAutoFilter(new CellRangeAddress(0, lastRow, 0, titles.size() - 1));

        int rowIndex = lastRow + 2;
        Cell caption = sheet.createRow(rowIndex++).createCell(0);
        caption.setCellValue("完整性与一致性");
        caption.setCellStyle(book.caption);
        book.headerRow(sheet, rowIndex, FINDINGS_HEAD);
        // The explanation spans the rest of the table's width, so that its long texts leave the summary's narrow
        // number columns as they are.
        sheet.addMergedRegion(new CellRangeAddress(rowIndex, rowIndex, 2, titles.size() - 1));
        rowIndex++;
        int spanWidth = 0;
        for (int c = 2; c < titles.size(); c++) {
            spanWidth += widths.width(c);
        }
        boolean any = false;
        for (Assessment a : assessments) {
            for (Finding f : a.findings()) {
                Row row = sheet.createRow(rowIndex);
                book.text(row, 0, a.facts().document().name(), widths);
                book.text(row, 1, kind(f), widths);
                Cell message = row.createCell(2);
                String text = XlsxBook.fitted(f.message());
                message.setCellValue(text);
                message.setCellStyle(book.text);
                sheet.addMergedRegion(new CellRangeAddress(rowIndex, rowIndex, 2, titles.size() - 1));
                // Excel does not grow a merged cell's row to fit wrapped text, so the row is given its lines here, up
                // to the tallest row Excel allows.
                int lines = Math.max(1, (DisplayWidth.of(text) + spanWidth - 1) / spanWidth);
                row.setHeightInPoints(Math.min(MAX_ROW_HEIGHT, lines * sheet.getDefaultRowHeightInPoints()));
                rowIndex++;
                any = true;
            }
        }
        if (!any) {
            Cell none = sheet.createRow(rowIndex).createCell(0);
            none.setCellValue("未发现问题。");
            none.setCellStyle(book.text);
        }
        widths.applyTo(sheet);
        XlsxBook.printSetup(sheet, 1, "法治政府建设报告检查汇总");
    }

    /** What a finding is about, in the office's words. */
    static String kind(Finding f) {
        return switch (f.kind()) {
            case "missing_part", "content_not_read" -> "完整性";
            case "published_late" -> "及时性";
            case "part_exceeds_whole", "rate_disagrees_with_counts", "rate_above_100", "two_values" -> "一致性";
            default -> "其他";
        };
    }
}
