package org.gapcheck.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.gapcheck.ingest.Document;
import org.gapcheck.ingest.SectionKind;
import org.junit.jupiter.api.Test;

/** The phrasings of the real seed reports that the extractor must read. */
class ExtractorSeedTest {

    private static final Map<String, Gold> GOLD =
            Gold.all().stream().collect(Collectors.toMap(g -> g.report().substring(0, 3), Function.identity()));
    private static final Extractor EXTRACTOR = new Extractor(TestCatalogue.create());

    private static List<MetricFact> facts(String seed, String metric) {
        return EXTRACTOR.extract(SeedDocuments.of(GOLD.get(seed))).metrics().stream()
                .filter(f -> metric.equals(f.metric())).toList();
    }

    private static MetricFact only(String seed, String metric) {
        List<MetricFact> facts = facts(seed, metric);
        assertEquals(1, facts.size(), metric + " in " + seed + ": " + facts);
        return facts.get(0);
    }

    private static void assertValue(String expected, MetricFact fact) {
        assertEquals(0, new BigDecimal(expected).compareTo(fact.value()), fact.toString());
    }

    @Test
    void ratesAfterTheirNameWithTheWholePhraseAsSpan() {
        MetricFact court = only("000", "court_appearance_rate");
        assertValue("100", court);
        assertEquals("%", court.unit());
        assertEquals("行政机关负责人出庭应诉率保持100%", court.text());
        assertEquals("行政机关负责人出庭应诉率", court.name());
        assertEquals(SectionKind.ACHIEVEMENTS, court.section());
        assertEquals("“网上办”比例为94.1%", only("000", "online_service_rate").text());
        assertEquals("行政复议案件实质性化解率达98.4%", only("000", "reconsideration_resolution_rate").text());
    }

    @Test
    void noneStatementsAreZero() {
        MetricFact lost = only("000", "litigation_lost");
        assertValue("0", lost);
        assertEquals("无判决败诉案件", lost.text());
        MetricFact none = EXTRACTOR.extract(SeedDocuments.of(GOLD.get("001"))).metrics().stream()
                .filter(f -> f.text().equals("未出现被撤销或确认违法的案件")).findFirst().orElseThrow();
        assertValue("0", none);
        MetricFact zero = EXTRACTOR.extract(SeedDocuments.plain("全年行政诉讼案件实现零败诉。")).metrics().get(0);
        assertEquals("litigation_lost", zero.metric());
        assertValue("0", zero);
        assertEquals("零败诉", zero.text());
    }

    @Test
    void coordinatedNamesShareOneNumber() {
        MetricFact reply = only("000", "proposal_reply_rate");
        MetricFact satisfaction = only("000", "proposal_satisfaction_rate");
        assertValue("100", reply);
        assertValue("100", satisfaction);
        assertEquals("答复率、满意率均为100%", reply.text());
        assertEquals(reply.text(), satisfaction.text());
        List<MetricFact> three = EXTRACTOR.extract(SeedDocuments.plain("网上办、一次办、马上办均达到100%。")).metrics();
        assertEquals(List.of("online_service_rate", "one_visit_rate", "immediate_service_rate"),
                three.stream().map(MetricFact::metric).toList());
        assertTrue(three.stream().allMatch(f -> f.text().equals("网上办、一次办、马上办均达到100%")));
    }

    @Test
    void earlierValueOfAMovingRateIsPrevious() {
        List<MetricFact> court = facts("001", "court_appearance_rate");
        assertEquals(2, court.size(), court.toString());
        MetricFact current = court.stream().filter(f -> f.period() == Period.CURRENT).findFirst().orElseThrow();
        MetricFact previous = court.stream().filter(f -> f.period() == Period.PREVIOUS).findFirst().orElseThrow();
        assertValue("81.25", current);
        assertValue("4.4", previous);
        assertTrue(current.text().endsWith("跃升至2020年的81.25%"), current.text());
    }

    @Test
    void namesRunTogetherByLostPunctuationEachTakeTheirOwnNumber() {
        assertValue("92.3", only("001", "online_service_rate"));
        assertValue("93.4", only("001", "one_visit_rate"));
        assertValue("50.7", only("001", "immediate_service_rate"));
        assertEquals("一次办达到93.4%", only("001", "one_visit_rate").text());
    }

    @Test
    void sharedAliasesGoWhereTheSentenceSays() {
        assertValue("100", only("001", "disclosure_reply_rate"));
        assertTrue(facts("001", "proposal_reply_rate").isEmpty());
        assertValue("100", only("001", "proposal_satisfaction_rate"));
        assertValue("100", only("001", "hotline_completion_rate"));
        assertEquals("办理率达100%", only("001", "hotline_completion_rate").text());
        assertValue("100", only("002", "proposal_completion_rate"));
        assertTrue(facts("002", "hotline_completion_rate").isEmpty());
    }

    @Test
    void countsAfterOrBeforeTheirNoun() {
        MetricFact applications = only("001", "reconsideration_cases");
        assertValue("14", applications);
        assertEquals("件", applications.unit());
        assertEquals("行政复议申请14件", applications.text());
        List<MetricFact> reviews = facts("000", "legality_reviews");
        assertTrue(reviews.stream().anyMatch(f -> f.text().equals("81件政府涉法事务的合法性审查")
                && f.value().compareTo(BigDecimal.valueOf(81)) == 0), reviews.toString());
        assertTrue(facts("000", "legality_opinions").stream().anyMatch(f -> f.text().equals("合法性审核意见618条")
                && f.value().compareTo(BigDecimal.valueOf(618)) == 0));
    }

    @Test
    void benchmarksAreNotTheUnitsOwn() {
        List<MetricFact> facts = EXTRACTOR.extract(SeedDocuments.plain(
                "我区行政机关负责人出庭应诉率达到100%，全国平均出庭应诉率41.8%。")).metrics();
        assertEquals(List.of(Scope.OWN, Scope.BENCHMARK), facts.stream().map(MetricFact::scope).toList());
        assertValue("41.8", facts.get(1));
    }

    @Test
    void factsInThePlansAreStillReported() {
        Document document = SeedDocuments.of("plan", "四、下一年度主要工作安排\n力争行政机关负责人出庭应诉率达到100%。",
                List.<String[]>of(new String[] {"四、下一年度主要工作安排", "plans"}));
        MetricFact plan = EXTRACTOR.extract(document).metrics().get(0);
        assertEquals(SectionKind.PLANS, plan.section());
        assertEquals("court_appearance_rate", plan.metric());
    }

    @Test
    void changesAndYearsAreNotValues() {
        List<MetricFact> facts = EXTRACTOR.extract(SeedDocuments.plain("矛盾纠纷调解成功率同比上升18%。")).metrics();
        assertTrue(facts.stream().noneMatch(f -> "mediation_success_rate".equals(f.metric())), facts.toString());
        List<MetricFact> years = EXTRACTOR.extract(SeedDocuments.plain("2023年行政复议案件在2024年办结。")).metrics();
        assertTrue(years.isEmpty(), years.toString());
    }
}
