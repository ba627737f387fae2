package org.gapcheck.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import org.gapcheck.catalogue.Catalogue;
import org.gapcheck.catalogue.CatalogueLoader;
import org.gapcheck.ingest.Document;
import org.gapcheck.ingest.DocumentReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The phrasings an evaluator reads numbers from, on made-up sentences, with the real reader and catalogue. */
class QuantityPhrasingTest {

    private static final String TITLE = "某某区人民政府关于2021年法治政府建设情况的报告\n";
    private static Extractor extractor;

    @BeforeAll
    static void loadCatalogue() throws Exception {
        Catalogue catalogue = CatalogueLoader.load(Path.of("criteria/demo-2021.yaml"));
        extractor = new Extractor(catalogue);
    }

    private static List<MetricFact> facts(String body) {
        Document document = DocumentReader.fromText("t.txt", TITLE + body);
        return extractor.extract(document).metrics().stream()
                .filter(f -> f.start() >= TITLE.length()).toList();
    }

    private static List<String> values(List<MetricFact> facts) {
        return facts.stream().map(f -> f.value().toPlainString() + f.unit()).toList();
    }

    @Test
    void sharedValueGivesEachListedNameItsOwnFactOverOneSpan() {
        List<MetricFact> facts = facts("组织执法人员培训，培训覆盖率、考试合格率和结业率均达到100%。");
        assertEquals(List.of("培训覆盖率", "考试合格率", "结业率"), facts.stream().map(MetricFact::name).toList());
        assertTrue(facts.stream().allMatch(f -> f.value().compareTo(BigDecimal.valueOf(100)) == 0
                && f.start() == facts.get(0).start() && f.end() == facts.get(0).end()));
    }

    @Test
    void sharedValueReachesUncataloguedNamesBesideACatalogueRate() {
        List<MetricFact> facts = facts("组织执法人员培训，培训覆盖率、考试合格率和持证上岗率均达到100%。");
        assertEquals(3, facts.size(), facts.toString());
        assertEquals(List.of("培训覆盖率", "考试合格率"),
                facts.stream().filter(f -> f.metric() == null).map(MetricFact::name).toList());
    }

    @Test
    void sharedValueOfCatalogueRatesGoesToEachRate() {
        List<MetricFact> facts = facts("办理人大代表建议和政协委员提案67件，办复率、满意率均为100%。");
        assertEquals(List.of("proposal_reply_rate", "proposal_satisfaction_rate"),
                facts.stream().filter(f -> f.metric() != null).map(MetricFact::metric).sorted().toList());
    }

    @Test
    void respectivelyListPairsNamesAndValuesInOrder() {
        List<MetricFact> facts = facts("全年受理、办结和回访工单分别为12.6万件、11.8万件和3.4万件。");
        assertEquals(List.of("126000件", "118000件", "34000件"), values(facts));
        assertEquals(List.of("全年受理", "办结", "回访工单"), facts.stream().map(MetricFact::name).toList());
    }

    @Test
    void respectivelyListSurvivesALostSeparator() {
        assertEquals(List.of("61.37%", "58%"), values(facts("城区和郊区的覆盖率分别为61.37%58%。")));
    }

    @Test
    void changesAreNotLevelsAndKeepTheirUnit() {
        List<MetricFact> points = facts("刑事案件发案率同比下降6.32个百分点。");
        assertEquals(List.of("6.32个百分点"), values(points));
        assertEquals(Period.CHANGE, points.get(0).period());
        List<MetricFact> percent = facts("群众满意度同比上升12%。");
        assertEquals(List.of("12%"), values(percent));
        assertEquals(Period.CHANGE, percent.get(0).period());
    }

    @Test
    void aChangeIsNeverTheLevelOfACatalogueRate() {
        List<MetricFact> facts = facts("行政机关负责人出庭应诉率同比提高15%。");
        assertTrue(facts.stream().noneMatch(f -> f.metric() != null), facts.toString());
        assertEquals(Period.CHANGE, facts.get(0).period());
    }

    @Test
    void fromToGivesPreviousAndCurrent() {
        List<MetricFact> plain = facts("公职律师覆盖率从12%提高到37.5%。");
        assertEquals(List.of(Period.PREVIOUS, Period.CURRENT), plain.stream().map(MetricFact::period).toList());
        assertEquals(List.of("12%", "37.5%"), values(plain));
        List<MetricFact> rate = facts("行政机关负责人出庭应诉率由2020年的35%提升至2021年的88.6%。");
        MetricFact current = rate.stream().filter(f -> f.period() == Period.CURRENT).findFirst().orElseThrow();
        assertEquals("court_appearance_rate", current.metric());
        assertEquals(0, current.value().compareTo(new BigDecimal("88.6")));
    }

    @Test
    void magnitudeWordsAndHedges() {
        MetricFact entries = facts("清理涉企规范性文件3.6万余条。").get(0);
        assertEquals("36000条余", entries.value().toPlainString() + entries.unit() + entries.qualifier());
        MetricFact money = facts("追缴税款52万余元。").get(0);
        assertEquals("52万元余", money.value().toPlainString() + money.unit() + money.qualifier());
        MetricFact both = facts("涉案金额约2700余万元。").get(0);
        assertEquals("2700万元余", both.value().toPlainString() + both.unit() + both.qualifier());
        assertEquals(List.of("100%"), values(facts("群众满意率达到百分之百。")));
        assertEquals(List.of("20%"), values(facts("简易程序案件约占五分之一。")).subList(0, 1));
    }

    @Test
    void zeroStatedInWords() {
        List<MetricFact> rate = facts("全年办理行政复议案件41件，行政复议纠错率为零。");
        MetricFact zero = rate.stream().filter(f -> f.value().signum() == 0).findFirst().orElseThrow();
        assertEquals("reconsideration_correction_rate", zero.metric());
        List<MetricFact> lost = facts("全年未出现行政诉讼败诉案件。");
        assertEquals(List.of("0"), values(lost).stream().map(v -> v.replaceAll("\\D", "")).toList());
        assertTrue(facts("全区无被复议机关撤销的行政行为案件。").stream().anyMatch(f -> f.value().signum() == 0));
    }

    @Test
    void benchmarkAveragesAreNotTheUnitsOwn() {
        List<MetricFact> facts = facts("我区出庭应诉率96.2%，高于全省平均出庭应诉率52.3%。");
        assertEquals(List.of(Scope.OWN, Scope.BENCHMARK), facts.stream().map(MetricFact::scope).toList());
        assertEquals(Scope.OWN, facts("全年PM2.5平均浓度为41μg/m3。").get(0).scope());
    }

    @Test
    void lostPunctuationBetweenTwoRates() {
        List<MetricFact> facts = facts("政务服务事项网上办达到88.1%一次办达到90.2%。");
        assertEquals(List.of("online_service_rate:88.1", "one_visit_rate:90.2"),
                facts.stream().map(f -> f.metric() + ":" + f.value().toPlainString()).toList());
    }

    @Test
    void bigCountsTheKindsThatFollow() {
        assertEquals(List.of("4个"), values(facts("聚焦交通运输等四大领域开展专项整治。")));
        assertEquals(List.of("8类"), values(facts("梳理8大类联合检查事项。")));
        List<MetricFact> congress = facts("深入学习贯彻党的二十大精神，落实十九大部署。");
        assertTrue(congress.isEmpty(), congress.toString());
    }

    @Test
    void aYearGluedToACountIsSplitOff() {
        List<MetricFact> facts = facts("实施区202112项为民办实事项目。");
        assertEquals(List.of("12项"), values(facts));
    }

    @Test
    void datesYearsCodesAndNumberingAreNotQuantities() {
        assertTrue(facts("20214月，2022815日，2023119，依据市府办〔2021〕15号文件，于2021年召开会议。").isEmpty());
        assertTrue(facts("（二）1.完善制度。2.强化监督。").isEmpty());
        assertTrue(facts("联系电话：022-12345678，津ICP备12345678号，网站标识码1201000012。").isEmpty());
    }

    @Test
    void ordinalsAndRanksAreNotQuantities() {
        assertTrue(facts("召开第56次常务会议，入选第二批示范名单，考核排名第三，为全省第4家。").isEmpty());
        assertTrue(facts("在全省21个县区中排名第五。").isEmpty());
        assertTrue(facts("出席十四届人大二次会议。").isEmpty());
    }

    @Test
    void numbersInsideNamesAndSlogansAreNotQuantities() {
        assertTrue(facts("落实“一规划两纲要”，推行三项制度，推动“六个一”工作法，开展八五普法，执行三重一大。").isEmpty());
        assertTrue(facts("构建“1+3+N”体系，上线7.0版平台，推进一网通办2.0。").isEmpty());
        assertTrue(facts("实施九项工程，开展七项行动，坚持四个一的检查标准，实现两个常态化。").isEmpty());
        assertTrue(facts("围绕三个“聚焦”，建设四个现代化新城。").isEmpty());
    }

    @Test
    void placeNamesWithNumeralsAreNotQuantities() {
        assertTrue(facts("八条巷社区和七里街道获评先进集体。").isEmpty());
        assertEquals(List.of("3个"), values(facts("在3个社区开展试点。")));
    }

    @Test
    void oneAsAnArticleIsNotACount() {
        assertTrue(facts("侦破一起非法集资案，打掉一个电信诈骗团伙。").isEmpty());
    }

    @Test
    void anUnclosedQuoteHidesOnlyItsSentence() {
        List<MetricFact> facts = facts("查处“无证经营案涉案。罚没款18万余元。");
        assertEquals(List.of("18万元"), values(facts));
    }

    @Test
    void anAimIsATargetNotTheYearsLevel() {
        List<MetricFact> aims = facts("力争行政机关负责人出庭应诉率达到100%，确保执法人员持证率不低于95%。");
        assertEquals(List.of(Period.TARGET, Period.TARGET), aims.stream().map(MetricFact::period).toList());
        List<MetricFact> results = facts("为确保案件质量，全年行政机关负责人出庭应诉率达到100%。");
        assertEquals(List.of(Period.CURRENT), results.stream().map(MetricFact::period).toList(),
                "a cue in another clause says nothing about this number");
    }
}
