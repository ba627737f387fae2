package org.gapcheck.report;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.ComparisonOperator;
import org.apache.poi.ss.usermodel.ConditionalFormattingRule;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.PageMargin;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetConditionalFormatting;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.gapcheck.engine.Verdict;

/**
 * A workbook as the xlsx formats lay it out: sheet names Excel accepts, one set of cell styles, verdicts coloured and
 * picked from a list, and sheets that print on A4 landscape. Text goes into a cell as a string, never as a formula:
 * POI's {@code setCellValue(String)} writes a string cell, so a report's =HYPERLINK(…) or @SUM(…) stays text.
 */
final class XlsxBook implements Closeable {
    private static final String FONT = "宋体";
    private static final int ROW_WINDOW = 500;
    /** The most characters (UTF-16 units) Excel holds in a cell; POI refuses a longer text. */
    static final int MAX_CELL_TEXT = SpreadsheetVersion.EXCEL2007.getMaxTextLength();

    /** Holds the styles and fonts; also the workbook written unless rows are streamed. */
    private final XSSFWorkbook base = new XSSFWorkbook();
    /** Where sheets are made: {@link #base} itself, or a streaming view of it that keeps only a window of rows. */
    private final Workbook workbook;
    private final XlsxSheetNames names = new XlsxSheetNames();

    /** Bold on a pale blue fill, wrapped, centred. */
    final XSSFCellStyle header;
    /** Bold, larger: the title above a second table on a sheet. */
    final XSSFCellStyle caption;
    /** Wrapped, at the top of the cell, so a long text reads down from the row's first line. */
    final XSSFCellStyle text;
    /** Centred: numbers, counts and verdict labels. */
    final XSSFCellStyle centred;
    /** A link to another sheet. */
    final XSSFCellStyle link;
    /** Empty for the office to fill in; unlocked, so it stays editable when the sheet is protected. */
    final XSSFCellStyle fillIn;
    /** As {@link #fillIn}, showing a date as 2025-06-30. */
    final XSSFCellStyle fillInDate;

    XlsxBook() {
        this(false);
    }

    /**
     * @param streamRows keep only a window of rows in memory and spill the rest to a temporary file (a matrix of ten
     *                   thousand reports would otherwise need a gigabyte); the sheets then cannot be read back
     */
    XlsxBook(boolean streamRows) {
        workbook = streamRows ? new SXSSFWorkbook(base, ROW_WINDOW) : base;
        XSSFFont plain = font(false, 11);
        header = style(font(true, 11));
        header.setFillForegroundColor(rgb(0xDDEBF7));
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        header.setAlignment(HorizontalAlignment.CENTER);
        header.setVerticalAlignment(VerticalAlignment.CENTER);
        header.setBorderBottom(BorderStyle.THIN);
        caption = style(font(true, 12));
        caption.setWrapText(false);
        text = style(plain);
        centred = style(plain);
        centred.setAlignment(HorizontalAlignment.CENTER);
        XSSFFont underlined = font(false, 11);
        underlined.setUnderline(Font.U_SINGLE);
        underlined.setColor(rgb(0x0563C1));
        link = style(underlined);
        fillIn = style(plain);
        fillIn.setLocked(false);
        fillInDate = style(plain);
        fillInDate.setLocked(false);
        fillInDate.setDataFormat(base.createDataFormat().getFormat("yyyy-mm-dd"));
    }

    Workbook workbook() {
        return workbook;
    }

    /** A new sheet, named as close to {@code wanted} as Excel allows. */
    Sheet sheet(String wanted) {
        return workbook.createSheet(names.claim(wanted));
    }

    void write(OutputStream out) throws IOException {
        workbook.write(out);
    }

    @Override
    public void close() throws IOException {
        if (workbook instanceof SXSSFWorkbook streaming) {
            streaming.dispose();
        }
        workbook.close();
    }

    /** Each verdict label in its own colours, wherever it stands in {@code range}, also after an office re-judges. */
    void colourVerdicts(Sheet sheet, CellRangeAddress range) {
        SheetConditionalFormatting formatting = sheet.getSheetConditionalFormatting();
        for (Verdict verdict : Verdict.values()) {
            ConditionalFormattingRule rule =
                    formatting.createConditionalFormattingRule(ComparisonOperator.EQUAL, quoted(verdict.label()), null);
            rule.createPatternFormatting().setFillBackgroundColor(rgb(fill(verdict)));
            rule.createFontFormatting().setFontColor(rgb(ink(verdict)));
            formatting.addConditionalFormatting(new CellRangeAddress[] {range}, rule);
        }
    }

    /** A drop-down of the six verdict labels on {@code cells}; anything else typed there is refused. */
    void verdictList(Sheet sheet, CellRangeAddressList cells) {
        DataValidationHelper helper = sheet.getDataValidationHelper();
        String[] labels = Arrays.stream(Verdict.values()).map(Verdict::label).toArray(String[]::new);
        DataValidation validation = helper.createValidation(helper.createExplicitListConstraint(labels), cells);
        // POI's XSSF writes the inverse of this flag as OOXML's showDropDown, which when set hides the arrow.
        validation.setSuppressDropDownArrow(true);
        validation.setErrorStyle(DataValidation.ErrorStyle.STOP);
        validation.setShowErrorBox(true);
        validation.createErrorBox("结论无效", "请从下拉列表中选择：" + String.join("、", labels));
        sheet.addValidationData(validation);
    }

    /**
     * A4 landscape, one page wide, the header rows repeated on every page, gridlines printed, the title at the top
     * and page numbers at the foot of each page.
     */
    static void printSetup(Sheet sheet, int headerRows, String title) {
        PrintSetup print = sheet.getPrintSetup();
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        print.setLandscape(true);
        sheet.setFitToPage(true);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
        sheet.setRepeatingRows(new CellRangeAddress(0, headerRows - 1, -1, -1));
        sheet.setPrintGridlines(true);
        sheet.setHorizontallyCenter(true);
        sheet.setMargin(PageMargin.LEFT, 0.4);
        sheet.setMargin(PageMargin.RIGHT, 0.4);
        // & starts a code in a page header (&B bold, &P page number): a unit's name is shown as written.
        sheet.getHeader().setCenter(title.replace("&", "&&"));
        sheet.getFooter().setCenter("第 &P 页，共 &N 页");
    }

    /** Header titles in a row, in the header style. */
    void headerRow(Sheet sheet, int rowIndex, List<String> titles) {
        Row row = sheet.createRow(rowIndex);
        for (int c = 0; c < titles.size(); c++) {
            Cell cell = row.createCell(c);
            cell.setCellValue(titles.get(c));
            cell.setCellStyle(header);
        }
    }

    /**
     * The text as a cell holds it: one longer than Excel allows is cut, never inside a surrogate pair, and ends saying
     * so, e.g. "…（已截断，共 40012 字）" (the count in characters of the whole text).
     */
    static String fitted(String text) {
        if (text == null || text.length() <= MAX_CELL_TEXT) {
            return text;
        }
        String mark = "…（已截断，共 " + text.codePointCount(0, text.length()) + " 字）";
        int end = MAX_CELL_TEXT - mark.length();
        if (Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end) + mark;
    }

    /** A text cell, noting its width; an empty text leaves the cell blank. */
    Cell text(Row row, int column, String value, XlsxColumnWidths widths) {
        Cell cell = row.createCell(column);
        if (value != null && !value.isEmpty()) {
            cell.setCellValue(fitted(value));
            widths.see(column, value);
        }
        cell.setCellStyle(text);
        return cell;
    }

    /** A number cell, centred, noting its width; null leaves the cell blank. */
    Cell number(Row row, int column, BigDecimal value, XlsxColumnWidths widths) {
        Cell cell = row.createCell(column);
        if (value != null) {
            cell.setCellValue(value.doubleValue());
            widths.see(column, Texts.number(value));
        }
        cell.setCellStyle(centred);
        return cell;
    }

    private static int fill(Verdict verdict) {
        return switch (verdict) {
            case GAP -> 0xFFC7CE;
            case PARTIAL -> 0xFFEB9C;
            case NO_EVIDENCE -> 0xE7E6E6;
            case ON_SITE -> 0xDDEBF7;
            case MET -> 0xC6EFCE;
            case NOT_APPLICABLE -> 0xF2F2F2;
        };
    }

    private static int ink(Verdict verdict) {
        return switch (verdict) {
            case GAP -> 0x9C0006;
            case PARTIAL -> 0x9C5700;
            case NO_EVIDENCE -> 0x3A3838;
            case ON_SITE -> 0x1F4E78;
            case MET -> 0x006100;
            case NOT_APPLICABLE -> 0x808080;
        };
    }

    private static String quoted(String label) {
        return '"' + label.replace("\"", "\"\"") + '"';
    }

    private XSSFCellStyle style(XSSFFont font) {
        XSSFCellStyle style = base.createCellStyle();
        style.setFont(font);
        style.setWrapText(true);
        style.setVerticalAlignment(VerticalAlignment.TOP);
        return style;
    }

    private XSSFFont font(boolean bold, int points) {
        XSSFFont font = base.createFont();
        font.setFontName(FONT);
        font.setBold(bold);
        font.setFontHeightInPoints((short) points);
        return font;
    }

    private static XSSFColor rgb(int rgb) {
        return new XSSFColor(new byte[] {(byte) (rgb >> 16), (byte) (rgb >> 8), (byte) rgb}, null);
    }
}
