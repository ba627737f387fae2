package org.gapcheck.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Facts about criteria/demo-2021.yaml that other packages rely on. */
class BundledCatalogueTest {

    private static Catalogue catalogue;

    @BeforeAll
    static void load() throws CatalogueException {
        catalogue = CatalogueLoader.load(Path.of("criteria/demo-2021.yaml"));
    }

    @Test
    void holdsWhatTheFileHolds() {
        assertEquals("demo-2021", catalogue.edition());
        assertEquals("市县法治政府建设示范指标体系（2021年版）", catalogue.title());
        assertEquals(38, catalogue.metrics().size());
        assertEquals(123, catalogue.topics().size());
        assertEquals(IntStream.rangeClosed(1, 100).boxed().toList(),
                catalogue.indicators().stream().map(Indicator::no).toList(), "all 100 indicators, in order");
        assertEquals(100, catalogue.indicators().stream().map(Indicator::code).distinct().count());
    }

    @Test
    void providesTheMetricIdsOtherPackagesCodeAgainst() {
        Set<String> ids = catalogue.metricsById().keySet();
        for (String id : List.of("court_appearance_rate", "online_service_rate", "one_visit_rate",
                "immediate_service_rate", "reconsideration_cases", "reconsideration_resolution_rate",
                "reconsideration_correction_rate", "litigation_cases", "litigation_lost", "legality_reviews",
                "legality_opinions", "proposal_reply_rate", "proposal_satisfaction_rate", "proposal_completion_rate",
                "disclosure_reply_rate", "hotline_completion_rate", "mediation_success_rate", "exec_meeting_law_study")) {
            assertTrue(ids.contains(id), id);
        }
        Metric court = catalogue.metric("court_appearance_rate").orElseThrow();
        assertEquals("行政机关负责人出庭应诉率", court.name());
        assertEquals(MetricKind.RATE, court.kind());
        assertTrue(court.aliases().containsAll(List.of("负责人出庭应诉率", "出庭应诉率")));
        assertEquals(MetricKind.COUNT, catalogue.metric("litigation_lost").orElseThrow().kind());
        assertEquals(MetricKind.COUNT, catalogue.metric("exec_meeting_law_study").orElseThrow().kind());
    }

    @Test
    void ambiguousRatesCarryTheirContext() {
        assertEquals(List.of("建议", "提案"), catalogue.metric("proposal_reply_rate").orElseThrow().context());
        assertTrue(catalogue.metric("disclosure_reply_rate").orElseThrow().context().contains("依申请公开"));
        assertTrue(catalogue.metric("reconsideration_correction_rate").orElseThrow().context().contains("复议"));
        assertTrue(catalogue.metric("hotline_completion_rate").orElseThrow().context().containsAll(List.of("12345", "工单")));
        assertEquals(List.of(), catalogue.metric("court_appearance_rate").orElseThrow().context());
    }

    @Test
    void leaderCourtAppearanceNeedsFullAppearanceAndAMention() {
        Indicator i61 = catalogue.indicator(61).orElseThrow();

        assertEquals("LEADER_COURT_APPEARANCE", i61.code());
        assertEquals("行政权力制约监督科学有效", i61.level1());
        assertEquals("接受监督", i61.level2());
        assertEquals(Provenance.RECONSTRUCTED, i61.provenance());
        assertEquals(new Check(CheckType.METRIC_AT_LEAST, "court_appearance_rate", null, new BigDecimal("100")),
                i61.checks().get(0));
        assertEquals(new Check(CheckType.MENTIONED, null, "court_appearance", null), i61.checks().get(1));
    }

    @Test
    void lostLawsuitsMustBeZero() {
        assertEquals(new Check(CheckType.METRIC_ZERO, "litigation_lost", null, null),
                catalogue.indicator(82).orElseThrow().checks().get(0));
    }

    @Test
    void admittedEnforcementSystemShortfallsCountAgainstAllThreeSystems() {
        for (int no : List.of(43, 44, 45)) {
            assertTrue(catalogue.indicator(no).orElseThrow().checks()
                    .contains(new Check(CheckType.NOT_ADMITTED_GAP, null, "three_enforcement_systems", null)), "I" + no);
        }
    }

    @Test
    void provenanceFollowsTheReference() {
        for (int no : List.of(1, 2, 3)) {
            assertEquals(Provenance.VERIFIED, catalogue.indicator(no).orElseThrow().provenance(), "I" + no);
        }
        assertEquals(Provenance.CORROBORATED, catalogue.indicator(27).orElseThrow().provenance());
        assertEquals(Set.of(Provenance.RECONSTRUCTED), catalogue.indicators().stream()
                .filter(i -> i.no() > 3 && i.no() != 27).map(Indicator::provenance).collect(Collectors.toSet()));
    }

    @Test
    void levelOneNamesAreTheEightHeadings() {
        assertEquals(Set.of("政府职能依法全面履行", "依法行政制度体系完善", "重大行政决策科学民主合法", "行政执法严格规范公正文明",
                "行政权力制约监督科学有效", "社会矛盾纠纷依法有效化解", "政府工作人员法治思维和依法行政能力全面提高", "法治政府建设组织领导落实到位"),
                catalogue.indicators().stream().map(Indicator::level1).collect(Collectors.toSet()));
    }

    @Test
    void siteVisitIndicatorsAreMarked() {
        for (int no : List.of(48, 70)) {
            assertTrue(catalogue.indicator(no).orElseThrow().checks().contains(new Check(CheckType.ON_SITE, null, null,
                    null)), "I" + no);
        }
    }

    @Test
    void annualReportIsJudgedOnTheReportItself() {
        assertEquals(List.of(new Check(CheckType.REPORT_COMPLETE, null, null, null),
                        new Check(CheckType.PUBLISHED_ON_TIME, null, null, null)),
                catalogue.indicator(97).orElseThrow().checks());
    }

    @Test
    void everyTopicIsCheckedBySomeIndicator() {
        Set<String> used = catalogue.indicators().stream().flatMap(i -> i.checks().stream())
                .map(Check::topic).filter(t -> t != null).collect(Collectors.toSet());
        assertEquals(catalogue.topics().stream().map(Topic::id).collect(Collectors.toSet()), used);
    }
}
