package org.gapcheck.engine;

import static org.gapcheck.engine.EngineFixtures.facts;
import static org.gapcheck.engine.EngineFixtures.metric;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.gapcheck.catalogue.Catalogue;
import org.gapcheck.catalogue.Check;
import org.gapcheck.catalogue.CheckType;
import org.gapcheck.catalogue.LedgerFact;
import org.gapcheck.catalogue.Metric;
import org.gapcheck.catalogue.MetricKind;
import org.gapcheck.catalogue.UnitLevel;
import org.gapcheck.extract.MetricFact;
import org.gapcheck.extract.Period;
import org.gapcheck.extract.Scope;
import org.gapcheck.ingest.SectionKind;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Ledger values (台账) answer checks the text leaves open, are shown as the ledger's, and never replace the text. */
class LedgerFactsTest {
    private static Engine engine;

    @BeforeAll
    static void buildRules() {
        engine = new Engine(RuleBase.build(EngineFixtures.catalogue()));
    }

    private static LedgerFact ledger(String metric, String value) {
        return new LedgerFact(metric, new BigDecimal(value), "%", "区司法局应诉台账", null);
    }

    private static IndicatorResult verdictOn(Assessment a, int no) {
        return a.indicators().stream().filter(r -> r.indicator().no() == no).findFirst().orElseThrow();
    }

    @Test
    void aLedgerValueAnswersACheckTheTextLeavesOpenAndIsMarkedAsLedger() {
        String text = "本年度依法履行应诉职责。";
        var a = engine.assess(facts(text, UnitLevel.DISTRICT_GOVERNMENT, List.of(), List.of())
                .withLedger(List.of(ledger("court_appearance_rate", "100"))));
        IndicatorResult r = verdictOn(a, 61);
        CheckOutcome rate = r.checks().get(0);
        assertEquals(Outcome.MET, rate.outcome(), r::toString);
        assertEquals(0, new BigDecimal("100").compareTo(rate.value()));
        assertEquals(Verdict.PARTIAL, r.verdict(), "the mention check still lacks evidence");
        Evidence e = r.evidence().get(0);
        assertTrue(e.isLedger(), e::toString);
        assertEquals("区司法局应诉台账", e.ledger());
        assertEquals("100%", e.text());
        assertEquals(-1, e.start(), "a ledger value has no place in the text");
        assertTrue(a.findings().stream().noneMatch(f -> f.kind().startsWith("ledger")), a.findings()::toString);
    }

    @Test
    void theTextKeepsItsGapAndADisagreeingLedgerIsAFinding() {
        String text = "出庭应诉率达到81.25%。";
        var a = engine.assess(facts(text, UnitLevel.DISTRICT_GOVERNMENT,
                List.of(metric(text, "出庭应诉率达到81.25%", "court_appearance_rate", "81.25", Period.CURRENT)), List.of())
                .withLedger(List.of(ledger("court_appearance_rate", "100"))));
        IndicatorResult r = verdictOn(a, 61);
        assertEquals(Verdict.GAP, r.verdict(), "the report's own figure is not overwritten by the ledger");
        assertFalse(r.evidence().get(0).isLedger());
        assertTrue(r.evidence().stream().anyMatch(Evidence::isLedger), r.evidence()::toString);
        var disagreement = a.findings().stream().filter(f -> f.kind().equals("ledger_disagrees_with_text")).toList();
        assertEquals(1, disagreement.size(), a.findings()::toString);
        assertTrue(disagreement.get(0).message().contains("台账（区司法局应诉台账）为 100%"), disagreement::toString);
    }

    @Test
    void anEntryForAnotherReportIsLeftOut() {
        LedgerFact other = new LedgerFact("court_appearance_rate", new BigDecimal("100"), "%", "台账", "other.txt");
        var facts = facts("本年度依法履行应诉职责。", UnitLevel.DISTRICT_GOVERNMENT, List.of(), List.of())
                .withLedger(List.of(other));
        assertTrue(facts.ledger().isEmpty());
        assertEquals(Verdict.NO_EVIDENCE, verdictOn(engine.assess(facts), 61).verdict());
    }

    @Test
    void aLedgerRateOfZeroDoesNotReplaceTheRateTheReportStates() {
        String text = "行政机关负责人出庭应诉率达到100%。";
        var a = engine.assess(facts(text, UnitLevel.DISTRICT_GOVERNMENT,
                List.of(metric(text, "出庭应诉率达到100%", "court_appearance_rate", "100", Period.CURRENT)), List.of())
                .withLedger(List.of(ledger("court_appearance_rate", "0"))));
        IndicatorResult r = verdictOn(a, 61);
        assertEquals(Outcome.MET, r.checks().get(0).outcome(), r::toString);
        assertEquals(0, new BigDecimal("100").compareTo(r.checks().get(0).value()), r::toString);
        assertEquals(Verdict.PARTIAL, r.verdict(), "met by the report's 100%, the mention check still open");
        assertFalse(r.evidence().get(0).isLedger(), r.evidence()::toString);
        assertTrue(r.evidence().stream().anyMatch(e -> e.isLedger() && e.text().equals("0%")), r.evidence()::toString);
        assertEquals(1, a.findings().stream().filter(f -> f.kind().equals("ledger_disagrees_with_text")).count(),
                a.findings()::toString);
    }

    @Test
    void aLedgerCountOfZeroDoesNotReplaceTheCountTheReportStates() {
        Catalogue catalogue = new Catalogue("test", "测试目录",
                List.of(new Metric("exec_meeting_law_study", "政府常务会议学法次数", MetricKind.COUNT, List.of("学法"))),
                List.of(),
                List.of(EngineFixtures.indicator(90, "EXEC_MEETING_LAW_STUDY", EngineFixtures.ALL,
                        new Check(CheckType.METRIC_AT_LEAST, "exec_meeting_law_study", null, new BigDecimal("4")))));
        String text = "政府常务会议学法3次。";
        MetricFact stated = new MetricFact("exec_meeting_law_study", "政府常务会议学法次数", new BigDecimal("3"), "次", "",
                Period.CURRENT, Scope.OWN, SectionKind.ACHIEVEMENTS, 0, 10, "政府常务会议学法3次");
        var a = new Engine(RuleBase.build(catalogue)).assess(facts(text, UnitLevel.DISTRICT_GOVERNMENT,
                List.of(stated), List.of())
                .withLedger(List.of(new LedgerFact("exec_meeting_law_study", BigDecimal.ZERO, "次", "区政府办会议台账", null))));
        IndicatorResult r = verdictOn(a, 90);
        assertEquals(Verdict.GAP, r.verdict(), r::toString);
        assertEquals(0, new BigDecimal("3").compareTo(r.value()), "the report's 3, not the ledger's 0: " + r);
        assertEquals(0, BigDecimal.ONE.compareTo(r.shortfall()), "差 1, not 差 4: " + r);
        assertFalse(r.evidence().get(0).isLedger(), r.evidence()::toString);
        var disagreement = a.findings().stream().filter(f -> f.kind().equals("ledger_disagrees_with_text")).toList();
        assertEquals(1, disagreement.size(), a.findings()::toString);
        assertTrue(disagreement.get(0).message().contains("台账（区政府办会议台账）为 0次"), disagreement::toString);
    }

    @Test
    void aLedgerRateDoesNotReplaceTheRateTheReportsCountsGive() {
        String text = "行政应诉案件20件，败诉3件。";
        var a = engine.assess(facts(text, UnitLevel.DISTRICT_GOVERNMENT, List.of(
                        metric(text, "行政应诉案件20件", "litigation_cases", "20", Period.CURRENT),
                        metric(text, "败诉3件", "litigation_lost", "3", Period.CURRENT)), List.of())
                .withLedger(List.of(ledger("litigation_loss_rate", "0"))));
        IndicatorResult r = verdictOn(a, 83);
        assertEquals(Verdict.GAP, r.verdict(), r::toString);
        assertTrue(r.derived(), "the rate of the report's 3 of 20, not the ledger's 0: " + r);
        assertEquals(0, new BigDecimal("15").compareTo(r.value()), r::toString);
    }
}
