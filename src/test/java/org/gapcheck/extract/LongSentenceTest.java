package org.gapcheck.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.gapcheck.catalogue.CatalogueLoader;
import org.gapcheck.ingest.DocumentReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * One sentence holding thousands of facts: each fact used to walk its sentence and clause afresh, so a sentence of n
 * facts cost n² (40,000 took well over a minute, 20,000 about 25 s here). The guards are generous: the linear
 * finder takes a few seconds, most of it the first, unwarmed run.
 */
class LongSentenceTest {

    private static final int REPETITIONS = 40_000;
    private static Extractor extractor;

    @BeforeAll
    static void loadCatalogue() throws Exception {
        extractor = new Extractor(CatalogueLoader.load(Path.of("criteria/demo-2021.yaml")));
    }

    @Test
    void fortyThousandRatesInOneSentenceAreEachFound() {
        String sentence = "出庭应诉率100%，".repeat(REPETITIONS) + "。";
        List<MetricFact> facts = assertTimeoutPreemptively(Duration.ofSeconds(30),
                () -> extractor.extract(DocumentReader.fromText("long.txt", sentence)).metrics());
        assertEquals(REPETITIONS, facts.size());
        for (int i = 0; i < REPETITIONS; i++) {
            MetricFact f = facts.get(i);
            assertEquals("court_appearance_rate", f.metric());
            assertEquals(0, f.value().compareTo(new BigDecimal("100")), f::toString);
            assertEquals(Period.CURRENT, f.period());
            assertEquals(Scope.OWN, f.scope());
            assertEquals(i * 10, f.start());
            assertEquals(i * 10 + 9, f.end());
        }
    }

    /** The benchmark and target cues are searched once per sentence now; each clause must still get its own answer. */
    @Test
    void eachClauseOfALongSentenceKeepsItsOwnBenchmarkAndTargetCue() {
        int triples = 10_000;
        String sentence = "全国平均出庭应诉率41.8%，出庭应诉率100%，力争出庭应诉率100%，".repeat(triples) + "。";
        List<MetricFact> facts = assertTimeoutPreemptively(Duration.ofSeconds(30),
                () -> extractor.extract(DocumentReader.fromText("mixed.txt", sentence)).metrics());
        assertEquals(3 * triples, facts.size());
        for (int i = 0; i < triples; i++) {
            assertFact(facts.get(3 * i), "41.8", Period.CURRENT, Scope.BENCHMARK);
            assertFact(facts.get(3 * i + 1), "100", Period.CURRENT, Scope.OWN);
            assertFact(facts.get(3 * i + 2), "100", Period.TARGET, Scope.OWN);
        }
    }

    private static void assertFact(MetricFact f, String value, Period period, Scope scope) {
        assertEquals("court_appearance_rate", f.metric(), f::toString);
        assertEquals(0, f.value().compareTo(new BigDecimal(value)), f::toString);
        assertEquals(period, f.period(), f::toString);
        assertEquals(scope, f.scope(), f::toString);
    }
}
