package org.gapcheck.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.gapcheck.catalogue.Catalogue;
import org.gapcheck.catalogue.CatalogueLoader;
import org.gapcheck.catalogue.Metric;
import org.gapcheck.catalogue.MetricKind;
import org.gapcheck.engine.Assessment;
import org.gapcheck.engine.Engine;
import org.gapcheck.engine.RuleBase;
import org.gapcheck.engine.Verdict;
import org.gapcheck.extract.Extractor;
import org.gapcheck.ingest.DocumentReader;
import org.gapcheck.report.YearComparison.IndicatorChange;
import org.gapcheck.report.YearComparison.MetricRow;
import org.gapcheck.report.YearComparison.StatedValue;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The same unit in two years, on the real seeds: 001 is 红桥区 2020, 000 红桥区 2023, 004 a 街道 of 滨海新区 2023. */
class YearComparisonTest {
    private static Catalogue catalogue;
    private static Engine engine;
    private static Extractor extractor;
    private static Assessment hongqiao2020;
    private static Assessment hongqiao2023;
    private static Assessment dagang2023;

    @BeforeAll
    static void assessSeeds() throws Exception {
        catalogue = CatalogueLoader.load(Path.of("criteria/demo-2021.yaml"));
        engine = new Engine(RuleBase.build(catalogue));
        extractor = new Extractor(catalogue);
        hongqiao2020 = assess("seeds/001_2dee9f555e64716b.txt");
        hongqiao2023 = assess("seeds/000_4257578ea403ef7a.txt");
        dagang2023 = assess("seeds/004_73f35b073ab9b22c.txt");
    }

    private static Assessment assess(String file) throws Exception {
        return engine.assess(extractor.extract(DocumentReader.read(Path.of(file), null)));
    }

    private static Assessment assessText(String name, String text) {
        return engine.assess(extractor.extract(DocumentReader.fromText(name, text)));
    }

    private static MetricRow row(YearComparison c, String metric) {
        return c.metrics().stream().filter(r -> r.metric().equals(metric)).findFirst().orElseThrow();
    }

    @Test
    void courtAppearanceRateRoseFrom8125To100() {
        YearComparison c = YearComparison.of(catalogue, hongqiao2020, hongqiao2023);
        MetricRow court = row(c, "court_appearance_rate");
        assertEquals("行政机关负责人出庭应诉率", court.name());
        assertEquals(0, new BigDecimal("81.25").compareTo(court.older().value()));
        assertEquals(0, new BigDecimal("100").compareTo(court.newer().value()));
        assertEquals("81.25%", court.older().display());
        assertEquals("100%", court.newer().display());
        assertEquals(0, new BigDecimal("18.75").compareTo(court.delta()));
        assertNull(court.relativePercent(), "a rate changes by points, not by a percentage of itself");
        assertEquals("+18.75 个百分点", court.change());
        assertTrue(court.older().span().contains("2020年的81.25%"), court::toString);
    }

    @Test
    void theEarlierYearQuotedInTheOldReportIsNotItsValue() {
        // 001 says 出庭应诉率从2019年全年4.4%跃升至2020年的81.25%: the 4.4% is 2019's and must not be shown as 2020's.
        MetricRow court = row(YearComparison.of(catalogue, hongqiao2020, hongqiao2023), "court_appearance_rate");
        assertEquals(0, new BigDecimal("81.25").compareTo(court.older().value()));
    }

    @Test
    void indicator61IsAChangedVerdictAndAResolvedGap() {
        YearComparison c = YearComparison.of(catalogue, hongqiao2020, hongqiao2023);
        IndicatorChange court = c.changes().stream().filter(ch -> ch.no() == 61).findFirst().orElseThrow();
        assertEquals(Verdict.GAP, court.older());
        assertEquals(Verdict.MET, court.newer());
        assertEquals("差 18.75 个百分点", court.olderShortfall());
        assertEquals("", court.shortfall(), "met now: nothing short");
        assertTrue(court.evidence().sentence().contains("出庭应诉率保持100%"), court::toString);
        assertTrue(c.resolvedGaps().contains(court));
        assertFalse(c.newGaps().contains(court));
    }

    @Test
    void changesAreExactlyTheIndicatorsWhoseVerdictDiffers() {
        YearComparison c = YearComparison.of(catalogue, hongqiao2020, hongqiao2023);
        long differing = 0;
        for (int i = 0; i < hongqiao2020.indicators().size(); i++) {
            if (hongqiao2020.indicators().get(i).verdict() != hongqiao2023.indicators().get(i).verdict()) {
                differing++;
            }
        }
        assertEquals(differing, c.changes().size());
        assertTrue(c.changes().stream().allMatch(ch -> ch.older() != ch.newer()));
        assertTrue(c.newGaps().stream().allMatch(ch -> ch.newer() == Verdict.GAP && ch.older() != Verdict.GAP));
        assertTrue(c.resolvedGaps().stream().allMatch(ch -> ch.older() == Verdict.GAP && ch.newer() != Verdict.GAP));
        // Every 2020 gap is either resolved or still a gap in 2023.
        Set<Integer> gaps2020 = hongqiao2020.indicators().stream().filter(r -> r.verdict() == Verdict.GAP)
                .map(r -> r.indicator().no()).collect(Collectors.toSet());
        Set<Integer> stillGaps = hongqiao2023.indicators().stream().filter(r -> r.verdict() == Verdict.GAP)
                .map(r -> r.indicator().no()).filter(gaps2020::contains).collect(Collectors.toSet());
        assertEquals(gaps2020.size(), c.resolvedGaps().size() + stillGaps.size());
    }

    @Test
    void verdictCountsAndScoresAreBothYears() {
        YearComparison c = YearComparison.of(catalogue, hongqiao2020, hongqiao2023);
        assertEquals(Verdict.values().length, c.counts().size());
        for (YearComparison.VerdictCount v : c.counts()) {
            assertEquals(hongqiao2020.count(v.verdict()), v.older());
            assertEquals(hongqiao2023.count(v.verdict()), v.newer());
        }
        assertEquals(hongqiao2023.score().percent().subtract(hongqiao2020.score().percent()), c.scoreChange());
        assertEquals(2020, c.older().year());
        assertEquals(2023, c.newer().year());
        assertEquals("2020年", c.olderLabel());
        assertEquals("2023年", c.newerLabel());
    }

    @Test
    void theSameUnitInOrderGivesNoWarning() {
        assertEquals(List.of(), YearComparison.of(catalogue, hongqiao2020, hongqiao2023).warnings());
    }

    @Test
    void aDifferentUnitIsWarnedAboutNamingBoth() {
        List<String> warnings = YearComparison.of(catalogue, hongqiao2020, dagang2023).warnings();
        assertEquals(1, warnings.size(), warnings::toString);
        assertTrue(warnings.get(0).contains("单位不同"), warnings::toString);
        assertTrue(warnings.get(0).contains("天津市红桥区人民政府") && warnings.get(0).contains("大港街"), warnings::toString);
    }

    @Test
    void oldLaterThanNewIsWarnedAbout() {
        YearComparison reversed = YearComparison.of(catalogue, hongqiao2023, hongqiao2020);
        assertEquals(1, reversed.warnings().size(), reversed.warnings()::toString);
        assertTrue(reversed.warnings().get(0).contains("晚于"), reversed.warnings()::toString);
        assertEquals("-18.75 个百分点", row(reversed, "court_appearance_rate").change());
        IndicatorChange court = reversed.changes().stream().filter(ch -> ch.no() == 61).findFirst().orElseThrow();
        assertTrue(reversed.newGaps().contains(court), "read backwards, 61 is a new gap");
        assertEquals("差 18.75 个百分点", court.shortfall());
    }

    @Test
    void theSameYearTwiceIsWarnedAboutAndLabelledOldAndNew() {
        YearComparison same = YearComparison.of(catalogue, hongqiao2023, hongqiao2023);
        assertTrue(same.warnings().stream().anyMatch(w -> w.contains("同为 2023年度")), same.warnings()::toString);
        assertEquals("旧报告", same.olderLabel());
        assertEquals(List.of(), same.changes());
        assertTrue(same.metrics().stream().allMatch(r -> r.change().equals("持平")), same.metrics()::toString);
    }

    @Test
    void aMetricStatedByOneSideOnlyIsNewOrNoLongerReported() {
        YearComparison c = YearComparison.of(catalogue, hongqiao2020, hongqiao2023);
        MetricRow cases = row(c, "litigation_cases");
        assertNull(cases.older());
        assertEquals("32件", cases.newer().display());
        assertEquals("新增数据", cases.change());
        MetricRow hotline = row(c, "hotline_completion_rate");
        assertNull(hotline.newer());
        assertEquals("不再报告", hotline.change());
        assertNull(hotline.delta());
        Set<String> stated = Set.copyOf(c.metrics().stream().map(MetricRow::metric).toList());
        assertEquals(c.metrics().size(), stated.size(), "one row per metric");
    }

    @Test
    void countsChangeByTheirUnitAndByPercent() {
        Metric cases = new Metric("litigation_cases", "行政诉讼案件数", MetricKind.COUNT, List.of("行政诉讼案件"));
        assertEquals("+12 件（+8.4%）", YearComparison.row(cases, stated("143", "件", ""), stated("155", "件", "")).change());
        assertEquals("-3 起（-50%）", YearComparison.row(cases, stated("6", "件", ""), stated("3", "起", "")).change());
        assertEquals("+2 件", YearComparison.row(cases, stated("0", "件", ""), stated("2", "件", "")).change(),
                "no percentage from zero");
        assertEquals("约 +5 次（+25%）",
                YearComparison.row(cases, stated("20", "次", ""), stated("25", "次", "余")).change());
        assertEquals("25余次", stated("25", "次", "余").display());
        Metric money = new Metric("fund", "资金", MetricKind.AMOUNT, List.of("资金"));
        MetricRow scales = YearComparison.row(money, stated("500", "万元", ""), stated("1.2", "亿元", ""));
        assertNull(scales.delta());
        assertTrue(scales.change().contains("单位不同"), scales::toString);
    }

    private static StatedValue stated(String value, String unit, String qualifier) {
        return new StatedValue(new BigDecimal(value), unit, qualifier, value + unit, 0, 1);
    }

    @Test
    void ofSeveralStatedValuesTheOneTheVerdictUsedIsCompared() {
        Assessment older = assessText("old.txt", "天津市河西区人民政府关于2022年法治政府建设情况的报告\n一、主要举措和成效\n"
                + "全年行政机关负责人出庭应诉率为80%。\n");
        Assessment newer = assessText("new.txt", "天津市河西区人民政府关于2023年法治政府建设情况的报告\n一、主要举措和成效\n"
                + "上半年行政机关负责人出庭应诉率达到100%。全年行政机关负责人出庭应诉率为90%。\n");
        MetricRow court = row(YearComparison.of(catalogue, older, newer), "court_appearance_rate");
        assertEquals("90%", court.newer().display(), "the 90% decided 未达标, though 100% comes first");
        assertEquals("+10 个百分点", court.change());
    }

    @Test
    void numbersInThePlansAreNotTheYearsValues() {
        Assessment older = assessText("old.txt", "天津市河西区人民政府关于2022年法治政府建设情况的报告\n一、主要举措和成效\n"
                + "全年行政机关负责人出庭应诉率为80%。\n");
        Assessment newer = assessText("new.txt", "天津市河西区人民政府关于2023年法治政府建设情况的报告\n一、主要举措和成效\n"
                + "行政复议申请14件。\n二、下一年度主要安排\n行政机关负责人出庭应诉率100%。\n");
        YearComparison c = YearComparison.of(catalogue, older, newer);
        MetricRow court = row(c, "court_appearance_rate");
        assertNull(court.newer(), court::toString);
        assertEquals("不再报告", court.change());
        assertEquals("14件", row(c, "reconsideration_cases").newer().display());
    }

    @Test
    void theConsoleLinesUpTheMetricColumnsByDisplayWidth() throws Exception {
        StringWriter out = new StringWriter();
        new ComparisonConsoleRenderer().write(YearComparison.of(catalogue, hongqiao2020, hongqiao2023), out);
        String text = out.toString();
        assertTrue(text.contains("81.25% → 100%"), text);
        assertTrue(text.contains("未达标 → 达标"), text);
        String section = text.substring(text.indexOf("数据对比"), text.indexOf("结论变化"));
        List<Integer> arrows = section.lines().skip(1).filter(l -> l.contains(" → "))
                .map(l -> DisplayWidth.of(l.substring(0, l.indexOf(" → ")))).distinct().toList();
        assertEquals(1, arrows.size(), section);
    }
}
