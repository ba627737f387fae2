package org.gapcheck.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.gapcheck.catalogue.Catalogue;
import org.gapcheck.catalogue.Metric;
import org.gapcheck.ingest.Document;
import org.junit.jupiter.api.Test;

/**
 * Extraction against the hand-labelled gold. Recall is measured on the gold metrics that a fixture alias names (in the
 * metric name or the span); precision on every fact, counting a fact as right when its span overlaps some gold span.
 */
class GoldComparisonTest {

    private static final Catalogue CATALOGUE = TestCatalogue.create();
    private static final Extractor EXTRACTOR = new Extractor(CATALOGUE);

    @Test
    void recallOnCatalogueMetricsAndPrecisionOnAllFacts() {
        List<String> aliases = CATALOGUE.metrics().stream().flatMap(m -> m.aliases().stream()).distinct().toList();
        int relevant = 0;
        int found = 0;
        int facts = 0;
        int falsePositives = 0;
        List<String> report = new ArrayList<>();
        for (Gold gold : Gold.all()) {
            Document document = SeedDocuments.of(gold);
            ReportFacts extracted = EXTRACTOR.extract(document);
            List<int[]> goldSpans = gold.metrics().stream().map(g -> span(document.text(), g.text())).toList();
            for (int i = 0; i < gold.metrics().size(); i++) {
                Gold.GoldMetric g = gold.metrics().get(i);
                if (aliases.stream().noneMatch(a -> g.metric().contains(a) || g.text().contains(a))) {
                    continue;
                }
                relevant++;
                int[] span = goldSpans.get(i);
                boolean hit = extracted.metrics().stream().anyMatch(f -> f.value().compareTo(g.value()) == 0
                        && overlaps(f.start(), f.end(), span));
                if (hit) {
                    found++;
                } else {
                    report.add("MISS " + gold.report() + ": " + g.metric() + " = " + g.value() + " in " + g.text());
                }
            }
            for (MetricFact f : extracted.metrics()) {
                facts++;
                if (goldSpans.stream().noneMatch(span -> overlaps(f.start(), f.end(), span))) {
                    falsePositives++;
                    report.add("FALSE " + gold.report() + ": " + f.metric() + " = " + f.value() + f.unit()
                            + " in " + f.text());
                }
            }
        }
        double recall = (double) found / relevant;
        double precision = (double) (facts - falsePositives) / facts;
        report.forEach(System.out::println);
        System.out.printf("gold recall on catalogue metrics %d/%d = %.3f; precision %d/%d = %.3f%n",
                found, relevant, recall, facts - falsePositives, facts, precision);
        assertTrue(recall >= 0.9, "recall " + recall);
        assertTrue(precision >= 0.9, "precision " + precision);
    }

    @Test
    void everySpanIsItsText() {
        for (Gold gold : Gold.all()) {
            Document document = SeedDocuments.of(gold);
            ReportFacts extracted = EXTRACTOR.extract(document);
            for (MetricFact f : extracted.metrics()) {
                assertEquals(document.text().substring(f.start(), f.end()), f.text(), gold.report());
                assertEquals(document.sectionAt(f.start()), f.section(), f.text());
            }
            for (Mention m : extracted.mentions()) {
                assertEquals(document.text().substring(m.start(), m.end()), m.text(), gold.report());
            }
        }
    }

    @Test
    void everyCatalogueFactNamesItsMetric() {
        for (Gold gold : Gold.all()) {
            for (MetricFact f : EXTRACTOR.extract(SeedDocuments.of(gold)).metrics()) {
                if (f.metric() != null) {
                    assertEquals(CATALOGUE.metric(f.metric()).map(Metric::name).orElseThrow(), f.name());
                }
            }
        }
    }

    private static int[] span(String text, String goldText) {
        int at = text.indexOf(goldText);
        assertTrue(at >= 0, "gold span not in seed: " + goldText);
        return new int[] {at, at + goldText.length()};
    }

    private static boolean overlaps(int start, int end, int[] span) {
        return start < span[1] && span[0] < end;
    }
}
