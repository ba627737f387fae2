package org.gapcheck.engine;

import static org.gapcheck.engine.EngineFixtures.facts;
import static org.gapcheck.engine.EngineFixtures.metric;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.gapcheck.catalogue.LedgerFact;
import org.gapcheck.catalogue.UnitLevel;
import org.gapcheck.extract.Period;
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
}
