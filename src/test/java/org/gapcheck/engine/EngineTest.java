package org.gapcheck.engine;

import static org.gapcheck.engine.EngineFixtures.facts;
import static org.gapcheck.engine.EngineFixtures.mention;
import static org.gapcheck.engine.EngineFixtures.metric;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.gapcheck.catalogue.UnitLevel;
import org.gapcheck.extract.Period;
import org.gapcheck.extract.Polarity;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class EngineTest {
    private static Engine engine;

    @BeforeAll
    static void buildRules() {
        engine = new Engine(RuleBase.build(EngineFixtures.catalogue()));
    }

    private static IndicatorResult verdictOn(Assessment a, int no) {
        return a.indicators().stream().filter(r -> r.indicator().no() == no).findFirst().orElseThrow();
    }

    @Test
    void missedThresholdIsGapWithShortfallAndEvidence() {
        String text = "出庭应诉率从2019年全年4.4%跃升至2020年的81.25%，推行出庭应诉制度。";
        var a = engine.assess(facts(text, UnitLevel.DISTRICT_GOVERNMENT,
                List.of(metric(text, "81.25%", "court_appearance_rate", "81.25", Period.CURRENT),
                        metric(text, "4.4%", "court_appearance_rate", "4.4", Period.PREVIOUS)),
                List.of(mention(text, "推行出庭应诉制度", "court_appearance", Polarity.DONE))));
        IndicatorResult r = verdictOn(a, 61);
        assertEquals(Verdict.GAP, r.verdict());
        assertEquals("I061.c1", r.rule());
        assertEquals(0, new BigDecimal("18.75").compareTo(r.shortfall()));
        assertEquals(0, new BigDecimal("100").compareTo(r.threshold()));
        assertEquals("81.25%", r.evidence().get(0).text());
        assertEquals(text, r.evidence().get(0).sentence());
    }

    @Test
    void allChecksMetIsMet() {
        String text = "行政机关负责人出庭应诉率保持100%，落实出庭应诉制度。";
        var a = engine.assess(facts(text, UnitLevel.DISTRICT_GOVERNMENT,
                List.of(metric(text, "出庭应诉率保持100%", "court_appearance_rate", "100", Period.CURRENT)),
                List.of(mention(text, "落实出庭应诉制度", "court_appearance", Polarity.DONE))));
        IndicatorResult r = verdictOn(a, 61);
        assertEquals(Verdict.MET, r.verdict());
        assertEquals(2, r.evidence().size());
    }

    @Test
    void someChecksWithoutEvidenceIsPartialAndNothingIsNoEvidence() {
        String text = "落实出庭应诉制度。";
        var a = engine.assess(facts(text, UnitLevel.DISTRICT_GOVERNMENT, List.of(),
                List.of(mention(text, "落实出庭应诉制度", "court_appearance", Polarity.DONE))));
        assertEquals(Verdict.PARTIAL, verdictOn(a, 61).verdict());
        assertEquals("I061.c1", verdictOn(a, 61).rule(), "the check still lacking evidence decides a partial verdict");
        assertEquals("落实出庭应诉制度", verdictOn(a, 61).evidence().get(0).text());
        assertEquals(Verdict.NO_EVIDENCE, verdictOn(a, 82).verdict());
        assertEquals(Verdict.NO_EVIDENCE, verdictOn(a, 96).verdict());
    }

    @Test
    void plansAndNegationsAreNotEvidence() {
        String text = "将落实第一责任人职责。尚未落实出庭应诉制度。";
        var a = engine.assess(facts(text, UnitLevel.DISTRICT_GOVERNMENT, List.of(),
                List.of(mention(text, "将落实第一责任人职责", "first_responsible_person", Polarity.PLANNED),
                        mention(text, "尚未落实出庭应诉制度", "court_appearance", Polarity.NEGATED))));
        assertEquals(Verdict.NO_EVIDENCE, verdictOn(a, 96).verdict());
        assertEquals(Verdict.NO_EVIDENCE, verdictOn(a, 61).verdict());
    }

    @Test
    void admittedShortfallOutweighsPositiveEvidence() {
        String text = "切实履行第一责任人职责。第一责任人职责落实不到位。";
        var a = engine.assess(facts(text, UnitLevel.DISTRICT_GOVERNMENT, List.of(),
                List.of(mention(text, "切实履行第一责任人职责", "first_responsible_person", Polarity.DONE),
                        mention(text, "第一责任人职责落实不到位", "first_responsible_person", Polarity.ADMITTED))));
        IndicatorResult r = verdictOn(a, 96);
        assertEquals(Verdict.GAP, r.verdict());
        assertEquals("I096.c2", r.rule());
        assertEquals("第一责任人职责落实不到位", r.evidence().get(0).text());
    }

    @Test
    void negativeCountAndZeroCount() {
        String text = "败诉案件2件。";
        var gap = engine.assess(facts(text, UnitLevel.DEPARTMENT,
                List.of(metric(text, "败诉案件2件", "litigation_lost", "2", Period.CURRENT)), List.of()));
        assertEquals(Verdict.GAP, verdictOn(gap, 82).verdict());
        assertEquals(0, BigDecimal.valueOf(2).compareTo(verdictOn(gap, 82).shortfall()));
        var met = engine.assess(facts(text, UnitLevel.DEPARTMENT,
                List.of(metric(text, "败诉案件2件", "litigation_lost", "0", Period.CURRENT)), List.of()));
        assertEquals(Verdict.MET, verdictOn(met, 82).verdict());
    }

    @Test
    void unitLevelDecidesApplicabilityAndOnSiteLeavesTheScore() {
        var a = engine.assess(facts("无。", UnitLevel.SUBDISTRICT, List.of(), List.of()));
        assertEquals(Verdict.NOT_APPLICABLE, verdictOn(a, 96).verdict());
        assertEquals(Verdict.ON_SITE, verdictOn(a, 90).verdict());
        assertEquals(0, BigDecimal.valueOf(2).compareTo(a.score().possible()), "61 and 82 count; 96 and 90 do not");
    }

    @Test
    void missingRequiredPartsAreFindings() {
        var a = engine.assess(facts("无。", UnitLevel.DISTRICT_GOVERNMENT, List.of(), List.of()));
        List<String> missing = a.findings().stream().filter(f -> f.kind().equals("missing_part"))
                .map(f -> f.message()).toList();
        assertEquals(3, missing.size(), missing::toString);
        assertTrue(missing.stream().anyMatch(m -> m.contains("第一责任人")));
    }

    @Test
    void rateAbove100AndTwoCurrentValuesAreFindings() {
        String text = "出庭应诉率为120%，出庭应诉率为90%。";
        var a = engine.assess(facts(text, UnitLevel.DISTRICT_GOVERNMENT,
                List.of(metric(text, "出庭应诉率为120%", "court_appearance_rate", "120", Period.CURRENT),
                        metric(text, "出庭应诉率为90%", "court_appearance_rate", "90", Period.CURRENT)), List.of()));
        List<String> kinds = a.findings().stream().map(f -> f.kind()).toList();
        assertTrue(kinds.contains("rate_above_100"), kinds::toString);
        assertTrue(kinds.contains("two_values"), kinds::toString);
    }
}
