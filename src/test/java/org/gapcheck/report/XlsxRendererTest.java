package org.gapcheck.report;

import static org.gapcheck.report.XlsxSeeds.text;
import static org.gapcheck.report.XlsxSeeds.texts;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.IntStream;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFConditionalFormatting;
import org.apache.poi.xssf.usermodel.XSSFDataValidation;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFSheetConditionalFormatting;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.gapcheck.engine.Assessment;
import org.gapcheck.engine.Evidence;
import org.gapcheck.engine.IndicatorResult;
import org.gapcheck.engine.Verdict;
import org.junit.jupiter.api.Test;

/** `check --format xlsx`: the 整改台账 written for the real seeds, opened again with POI's reader. */
class XlsxRendererTest {
    private static final List<String> LEDGER_HEAD = List.of("序号", "一级指标", "二级指标", "指标", "结论", "现状（佐证）",
            "差距", "整改建议", "责任单位", "完成时限");
    private static final int VERDICT = 4;
    private static final int STATUS = 5;
    private static final int OWNER = 8;
    private static final int DUE = 9;

    @Test
    void oneReportGivesTheSummaryAndItsLedgerSheet() throws Exception {
        try (XSSFWorkbook book = XlsxSeeds.render(List.of(XlsxSeeds.seed("001")))) {
            assertEquals(List.of("汇总", "天津市红桥区人民政府 2020"), sheetNames(book));
            XSSFSheet sheet = book.getSheetAt(1);
            assertEquals(LEDGER_HEAD, texts(sheet.getRow(0)));
            assertEquals(101, sheet.getPhysicalNumberOfRows(), "a header and the 100 indicators");
            assertEquals(100, sheet.getLastRowNum());

            XSSFRow court = row(sheet, 61);
            assertEquals(CellType.NUMERIC, court.getCell(0).getCellType(), "序号 sorts as a number");
            assertEquals("行政机关负责人出庭应诉", text(court, 3).substring(0, 11));
            assertEquals("未达标", text(court, VERDICT));
            assertTrue(text(court, STATUS).contains("81.25%"), () -> text(court, STATUS));
            assertEquals("差 18.75 个百分点", text(court, 6));
            assertFalse(text(court, 7).isBlank(), "the remedy");
            IntStream.rangeClosed(1, 100).forEach(no -> assertEquals(no, (int) row(sheet, no).getCell(0)
                    .getNumericCellValue()));
        }
    }

    @Test
    void officeColumnsAreEmptyUnlockedAndTheDeadlineIsADate() throws Exception {
        try (XSSFWorkbook book = XlsxSeeds.render(List.of(XlsxSeeds.seed("001")))) {
            XSSFSheet sheet = book.getSheetAt(1);
            for (int r = 1; r <= 100; r++) {
                XSSFCell owner = sheet.getRow(r).getCell(OWNER);
                XSSFCell due = sheet.getRow(r).getCell(DUE);
                assertEquals(CellType.BLANK, owner.getCellType());
                assertEquals(CellType.BLANK, due.getCellType());
                assertFalse(owner.getCellStyle().getLocked());
                assertFalse(due.getCellStyle().getLocked());
                assertTrue(DateUtil.isADateFormat(due.getCellStyle().getDataFormat(),
                        due.getCellStyle().getDataFormatString()), due.getCellStyle().getDataFormatString());
                assertTrue(sheet.getRow(r).getCell(0).getCellStyle().getLocked(), "the findings stay locked");
            }
        }
    }

    @Test
    void headerIsBoldFrozenFilteredAndPrintedOnEveryA4LandscapePage() throws Exception {
        try (XSSFWorkbook book = XlsxSeeds.render(List.of(XlsxSeeds.seed("001")))) {
            XSSFSheet sheet = book.getSheetAt(1);
            PaneInformation pane = sheet.getPaneInformation();
            assertNotNull(pane);
            assertTrue(pane.isFreezePane());
            assertEquals(1, pane.getHorizontalSplitPosition(), "the header row stays in view");
            assertEquals(0, pane.getVerticalSplitPosition());
            assertEquals("A1:J101", sheet.getCTWorksheet().getAutoFilter().getRef());
            assertTrue(book.getFontAt(sheet.getRow(0).getCell(0).getCellStyle().getFontIndex()).getBold());

            PrintSetup print = sheet.getPrintSetup();
            assertTrue(print.getLandscape());
            assertEquals(PrintSetup.A4_PAPERSIZE, print.getPaperSize());
            assertTrue(sheet.getFitToPage());
            assertEquals(1, print.getFitWidth(), "one page wide");
            assertEquals(0, print.getFitHeight(), "as many pages down as it takes");
            assertEquals(new CellRangeAddress(0, 0, -1, -1), sheet.getRepeatingRows());
            assertTrue(sheet.isPrintGridlines());
            assertTrue(sheet.getHeader().getCenter().contains("天津市红桥区人民政府 2020年度"), sheet.getHeader().getCenter());
        }
    }

    @Test
    void verdictColumnOffersOnlyTheSixLabelsAndColoursThem() throws Exception {
        String[] labels = {"未达标", "部分", "无佐证", "需实地核查", "达标", "不适用"};
        try (XSSFWorkbook book = XlsxSeeds.render(List.of(XlsxSeeds.seed("001")))) {
            XSSFSheet sheet = book.getSheetAt(1);
            List<XSSFDataValidation> validations = sheet.getDataValidations();
            assertEquals(1, validations.size());
            XSSFDataValidation validation = validations.get(0);
            assertArrayEquals(new CellRangeAddress[] {CellRangeAddress.valueOf("E2:E101")},
                    validation.getRegions().getCellRangeAddresses());
            assertEquals(DataValidationConstraint.ValidationType.LIST,
                    validation.getValidationConstraint().getValidationType());
            assertArrayEquals(labels, validation.getValidationConstraint().getExplicitListValues());
            assertEquals(DataValidation.ErrorStyle.STOP, validation.getErrorStyle());
            assertTrue(validation.getShowErrorBox());
            assertTrue(validation.getSuppressDropDownArrow(),
                    "POI reads OOXML's showDropDown inverted: false there, which is what shows the arrow");

            XSSFSheetConditionalFormatting formatting = sheet.getSheetConditionalFormatting();
            assertEquals(6, formatting.getNumConditionalFormattings());
            Set<String> fills = new HashSet<>();
            for (int i = 0; i < 6; i++) {
                XSSFConditionalFormatting f = formatting.getConditionalFormattingAt(i);
                assertArrayEquals(new CellRangeAddress[] {CellRangeAddress.valueOf("E2:E101")},
                        f.getFormattingRanges());
                assertEquals('"' + labels[i] + '"', f.getRule(0).getFormula1());
                fills.add(f.getRule(0).getPatternFormatting().getFillBackgroundColorColor().toString());
            }
            assertEquals(6, fills.size(), "each verdict its own colour");
        }
    }

    @Test
    void widthsFollowTheEastAsianDisplayWidthOfTheColumn() throws Exception {
        try (XSSFWorkbook book = XlsxSeeds.render(List.of(XlsxSeeds.seed("001")))) {
            XSSFSheet sheet = book.getSheetAt(1);
            int number = sheet.getColumnWidth(0);
            assertEquals((DisplayWidth.of("序号") + 2) * 256, number, "序号: its header, 4, is wider than 100");
            int widestLevel2 = 0;
            for (int r = 0; r <= 100; r++) {
                widestLevel2 = Math.max(widestLevel2, DisplayWidth.of(text(sheet.getRow(r), 2)));
            }
            assertEquals((widestLevel2 + 2) * 256, sheet.getColumnWidth(2), "二级指标 fits its longest title");
            assertTrue(sheet.getColumnWidth(3) > 3 * number, "指标, in Chinese, is far wider than 序号");
            assertEquals(XlsxRenderer.MAX_WIDTH * 256, sheet.getColumnWidth(STATUS), "long evidence stops at the cap");
            assertTrue(sheet.getRow(61).getCell(STATUS).getCellStyle().getWrapText(), "and wraps");
        }
    }

    @Test
    void ledgerEvidenceSaysItComesFromTheLedger() throws Exception {
        Assessment seed = XlsxSeeds.seed("001");
        List<IndicatorResult> results = new ArrayList<>();
        for (IndicatorResult r : seed.indicators()) {
            results.add(r.indicator().no() != 61 ? r : new IndicatorResult(r.indicator(), r.verdict(), r.rule(),
                    r.verdictRule(), r.threshold(), r.value(), r.unit(), r.shortfall(), r.derived(), r.checks(),
                    List.of(Evidence.fromLedger("81.25%", "2020年行政应诉台账"))));
        }
        Assessment fromLedger = new Assessment(seed.facts(), seed.score(), results, seed.findings(), seed.deadline());
        try (XSSFWorkbook book = XlsxSeeds.render(List.of(fromLedger))) {
            assertEquals("台账（2020年行政应诉台账）：81.25%", text(row(book.getSheetAt(1), 61), STATUS));
            assertFalse(text(row(book.getSheetAt(1), 60), STATUS).contains("台账"));
        }
    }

    @Test
    void summaryAgreesWithTheJsonOfTheSameAssessments() throws Exception {
        List<Assessment> seeds = XlsxSeeds.all();
        StringWriter json = new StringWriter();
        new JsonRenderer().write(seeds, json);
        JsonNode reports = Json.mapper().readTree(json.toString());
        try (XSSFWorkbook book = XlsxSeeds.render(seeds)) {
            XSSFSheet summary = book.getSheet("汇总");
            List<String> head = new ArrayList<>(List.of("报告文件", "单位", "年度", "单位层级", "得分"));
            for (Verdict v : Verdict.values()) {
                head.add(v.label());
            }
            head.add("发布日期/公开期限");
            assertEquals(head, texts(summary.getRow(0)));
            assertEquals("A1:L6", summary.getCTWorksheet().getAutoFilter().getRef());
            assertEquals(1, summary.getPaneInformation().getHorizontalSplitPosition());
            for (int i = 0; i < reports.size(); i++) {
                JsonNode report = reports.get(i);
                XSSFRow row = summary.getRow(i + 1);
                assertEquals(report.get("report").asText(), text(row, 0));
                assertEquals(report.get("unit").asText(), text(row, 1));
                assertEquals(report.get("year").asInt(), (int) row.getCell(2).getNumericCellValue());
                assertEquals(report.get("score").asDouble(), row.getCell(4).getNumericCellValue(), 1e-9);
                for (Verdict v : Verdict.values()) {
                    long count = 0;
                    for (JsonNode indicator : report.get("indicators")) {
                        count += indicator.get("verdict").asText().equals(v.name()) ? 1 : 0;
                    }
                    assertEquals(count, (long) row.getCell(5 + v.ordinal()).getNumericCellValue(), v.label());
                }
                String sheetName = book.getSheetName(i + 1);
                assertEquals("'" + sheetName + "'!A1", row.getCell(0).getHyperlink().getAddress());
            }
            assertEquals("发布日期 2021-02-26，公开期限 2021-04-01，按期", text(summary.getRow(2), 11));

            int caption = findRow(summary, "完整性与一致性");
            assertEquals(List.of("报告", "类型", "说明"), texts(summary.getRow(caption + 1)));
            List<List<String>> findings = new ArrayList<>();
            for (int r = caption + 2; r <= summary.getLastRowNum(); r++) {
                findings.add(texts(summary.getRow(r)));
            }
            List<List<String>> expected = new ArrayList<>();
            for (JsonNode report : reports) {
                for (JsonNode f : report.get("findings")) {
                    expected.add(List.of(report.get("report").asText(),
                            f.get("kind").asText().equals("missing_part") ? "完整性" : "?", f.get("message").asText()));
                }
            }
            assertFalse(expected.isEmpty(), "001 lacks a required part");
            assertEquals(expected, findings);
        }
    }

    @Test
    void theFiveSeedsGiveSixSheetsWithUniqueValidNames() throws Exception {
        try (XSSFWorkbook book = XlsxSeeds.render(XlsxSeeds.all())) {
            List<String> names = sheetNames(book);
            assertEquals(List.of("汇总", "天津市红桥区人民政府 2023", "天津市红桥区人民政府 2020", "滨海新区人民政府 2024",
                    "区政府办公室 2023", "天津市滨海新区大港街 2023"), names);
            assertEquals(6, names.stream().map(n -> n.toLowerCase(Locale.ROOT)).distinct().count());
            for (String name : names) {
                assertTrue(name.length() <= 31 && name.chars().noneMatch(c -> "[]:*?/\\".indexOf(c) >= 0), name);
            }
            for (int s = 1; s < 6; s++) {
                assertEquals(LEDGER_HEAD, texts(book.getSheetAt(s).getRow(0)));
                assertEquals(100, book.getSheetAt(s).getLastRowNum());
            }
        }
    }

    @Test
    void theSameUnitAndYearTwiceGetTwoSheets() throws Exception {
        Assessment seed = XlsxSeeds.seed("001");
        try (XSSFWorkbook book = XlsxSeeds.render(List.of(seed, seed))) {
            assertEquals(List.of("汇总", "天津市红桥区人民政府 2020", "天津市红桥区人民政府 2020 (2)"), sheetNames(book));
            assertEquals("'天津市红桥区人民政府 2020 (2)'!A1",
                    book.getSheet("汇总").getRow(2).getCell(0).getHyperlink().getAddress());
        }
    }

    private static List<String> sheetNames(XSSFWorkbook book) {
        return IntStream.range(0, book.getNumberOfSheets()).mapToObj(book::getSheetName).toList();
    }

    /** The row of indicator {@code no}, found by its 序号 rather than assumed from the order. */
    private static XSSFRow row(XSSFSheet sheet, int no) {
        for (int r = 1; r <= sheet.getLastRowNum(); r++) {
            if ((int) sheet.getRow(r).getCell(0).getNumericCellValue() == no) {
                return sheet.getRow(r);
            }
        }
        throw new AssertionError("no row for indicator " + no);
    }

    private static int findRow(XSSFSheet sheet, String first) {
        for (int r = 0; r <= sheet.getLastRowNum(); r++) {
            if (sheet.getRow(r) != null && text(sheet.getRow(r), 0).equals(first)) {
                return r;
            }
        }
        throw new AssertionError("no row starting " + first);
    }
}
