package org.gapcheck.engine;

import static org.gapcheck.engine.EngineFixtures.count;
import static org.gapcheck.engine.EngineFixtures.facts;
import static org.gapcheck.engine.EngineFixtures.mention;
import static org.gapcheck.engine.EngineFixtures.metric;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
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
    void aRateCheckWithoutAValueStillNamesItsUnit() {
        var a = engine.assess(facts("本年度依法履行应诉职责。", UnitLevel.DISTRICT_GOVERNMENT, List.of(), List.of()));
        IndicatorResult r = verdictOn(a, 61);
        assertEquals(Verdict.NO_EVIDENCE, r.verdict());
        assertEquals("I061.c1", r.rule());
        assertEquals("%", r.unit(), "so that the threshold reads ≥ 100%, not ≥ 100");
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
        assertEquals(0, BigDecimal.valueOf(4).compareTo(a.score().possible()), "61, 82, 83 and 97 count; 96 and 90 do not");
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

    @Test
    void rateIsDerivedFromTwoCountsOfOneSentence() {
        String text = "全年行政应诉案件32件，败诉0件。";
        var a = engine.assess(facts(text, UnitLevel.DISTRICT_GOVERNMENT,
                List.of(count(text, "应诉案件32件", "litigation_cases", "32"), count(text, "败诉0件", "litigation_lost", "0")),
                List.of()));
        IndicatorResult r = verdictOn(a, 83);
        assertEquals(Verdict.MET, r.verdict());
        assertTrue(r.derived());
        assertEquals(0, BigDecimal.ZERO.compareTo(r.value()));
        assertEquals("应诉案件32件，败诉0件", r.evidence().get(0).text(), "the span runs from one count to the other");
    }

    @Test
    void derivedRateMissesItsThresholdAndAStatedRateWins() {
        String text = "行政应诉案件20件，败诉3件。";
        var derived = engine.assess(facts(text, UnitLevel.DISTRICT_GOVERNMENT,
                List.of(count(text, "应诉案件20件", "litigation_cases", "20"), count(text, "败诉3件", "litigation_lost", "3")),
                List.of()));
        assertEquals(Verdict.GAP, verdictOn(derived, 83).verdict());
        assertEquals(0, new BigDecimal("10").compareTo(verdictOn(derived, 83).shortfall()), "15% against at most 5%");

        String stated = "行政应诉案件20件，败诉3件，败诉率为4%。";
        var a = engine.assess(facts(stated, UnitLevel.DISTRICT_GOVERNMENT,
                List.of(count(stated, "应诉案件20件", "litigation_cases", "20"),
                        count(stated, "败诉3件", "litigation_lost", "3"),
                        metric(stated, "败诉率为4%", "litigation_loss_rate", "4", Period.CURRENT)), List.of()));
        assertEquals(Verdict.MET, verdictOn(a, 83).verdict());
        assertEquals(false, verdictOn(a, 83).derived());
    }

    @Test
    void partLargerThanItsWholeIsAFinding() {
        String text = "行政应诉案件3件，败诉5件。";
        var a = engine.assess(facts(text, UnitLevel.DISTRICT_GOVERNMENT,
                List.of(count(text, "应诉案件3件", "litigation_cases", "3"), count(text, "败诉5件", "litigation_lost", "5")),
                List.of()));
        assertTrue(a.findings().stream().anyMatch(f -> f.kind().equals("part_exceeds_whole")), a.findings()::toString);
        assertEquals(Verdict.NO_EVIDENCE, verdictOn(a, 83).verdict(), "no rate is derived from impossible counts");
    }

    @Test
    void negativeEventReportedIsAGapAndDeniedIsEvidence() {
        String text = "一起案件被判决败诉。";
        var reported = engine.assess(facts(text, UnitLevel.DISTRICT_GOVERNMENT, List.of(),
                List.of(mention(text, "一起案件被判决败诉", "lawsuit_lost", Polarity.DONE))));
        assertEquals(Verdict.GAP, verdictOn(reported, 83).verdict());
        assertEquals("I083.c2", verdictOn(reported, 83).rule());

        String denied = "全年未发生败诉案件。";
        var a = engine.assess(facts(denied, UnitLevel.DISTRICT_GOVERNMENT, List.of(),
                List.of(mention(denied, "全年未发生败诉案件", "lawsuit_lost", Polarity.NEGATED))));
        assertEquals(Verdict.PARTIAL, verdictOn(a, 83).verdict(), "denied: evidence for, but the rate is still unknown");
    }

    @Test
    void annualReportNeedsItsPartsAndItsDate() {
        var late = engine.assess(facts("无。", UnitLevel.DEPARTMENT, LocalDate.of(2024, 3, 15), List.of(), List.of()));
        assertEquals(LocalDate.of(2024, 3, 1), late.deadline(), "departments by 1 March of the next year");
        assertTrue(late.findings().stream().anyMatch(f -> f.kind().equals("published_late")), late.findings()::toString);
        assertEquals(Verdict.GAP, verdictOn(late, 97).verdict());

        var onTime = engine.assess(facts("无。", UnitLevel.DISTRICT_GOVERNMENT, LocalDate.of(2024, 3, 15), List.of(),
                List.of()));
        assertTrue(onTime.findings().stream().noneMatch(f -> f.kind().equals("published_late")));
        assertEquals("I097.c1", verdictOn(onTime, 97).rule(), "still a gap: three required parts are missing");
        assertEquals(Verdict.GAP, verdictOn(onTime, 97).verdict());
    }

    @Test
    void scoringFollowsTheCatalogue() {
        var c = EngineFixtures.catalogue();
        var strict = new org.gapcheck.catalogue.Catalogue(c.edition(), c.title(), c.metrics(), c.topics(), c.indicators(),
                new org.gapcheck.catalogue.Scoring(BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ZERO, BigDecimal.ZERO,
                        BigDecimal.ZERO), c.deadlines());
        String text = "落实出庭应诉制度。";
        var facts = facts(text, UnitLevel.DISTRICT_GOVERNMENT, List.of(),
                List.of(mention(text, "落实出庭应诉制度", "court_appearance", Polarity.DONE)));
        var halves = engine.assess(facts);
        var none = new Engine(RuleBase.build(strict)).assess(facts);
        assertEquals(Verdict.PARTIAL, verdictOn(halves, 61).verdict());
        assertEquals(0, halves.score().earned().compareTo(new BigDecimal("0.5")), "partial earns half by default");
        assertEquals(0, none.score().earned().signum(), "and nothing when the catalogue says so");
    }

    @Test
    void statedRateThatItsCountsContradictIsAFinding() {
        String text = "行政应诉案件20件，败诉3件，败诉率为4%。";
        var a = engine.assess(facts(text, UnitLevel.DISTRICT_GOVERNMENT,
                List.of(count(text, "应诉案件20件", "litigation_cases", "20"), count(text, "败诉3件", "litigation_lost", "3"),
                        metric(text, "败诉率为4%", "litigation_loss_rate", "4", Period.CURRENT)), List.of()));
        assertEquals(List.of("比率与所列件数不符：败诉率为4%，而 败诉3件 / 应诉案件20件 为 15%"),
                a.findings().stream().filter(f -> f.kind().equals("rate_disagrees_with_counts")).map(f -> f.message())
                        .toList());

        String agreeing = "行政应诉案件20件，败诉3件，败诉率为15%。";
        var b = engine.assess(facts(agreeing, UnitLevel.DISTRICT_GOVERNMENT,
                List.of(count(agreeing, "应诉案件20件", "litigation_cases", "20"),
                        count(agreeing, "败诉3件", "litigation_lost", "3"),
                        metric(agreeing, "败诉率为15%", "litigation_loss_rate", "15", Period.CURRENT)), List.of()));
        assertTrue(b.findings().stream().noneMatch(f -> f.kind().equals("rate_disagrees_with_counts")));
    }
}
