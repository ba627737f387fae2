package org.gapcheck.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.gapcheck.catalogue.Catalogue;
import org.gapcheck.catalogue.CatalogueLoader;
import org.gapcheck.ingest.Document;
import org.gapcheck.ingest.DocumentReader;
import org.junit.jupiter.api.Test;

/**
 * Every gold metric of every seed against the facts the real reader and the real catalogue give. A gold metric is found
 * when a fact with the same value overlaps its span; a fact is false when no gold metric with its value overlaps it. Gold
 * records an earlier value of a moving metric in the note of the report-year value ("从2019年全年4.4%跃升至…81.25%"), so
 * a PREVIOUS fact is right when it overlaps a gold metric whose note gives its value. The catalogue subset is the gold
 * metrics whose name or span holds an alias of the real catalogue.
 */
class GoldMetricsTest {

    /** Measured 1.000 / 1.000 (251 gold metrics, 250 facts); the floors allow two slips, not a trend. */
    private static final double PRECISION_FLOOR = 0.99;
    private static final double RECALL_FLOOR = 0.99;

    @Test
    void allGoldMetricsAreFoundAndNothingElse() throws Exception {
        Catalogue catalogue = CatalogueLoader.load(Path.of("criteria/demo-2021.yaml"));
        Extractor extractor = new Extractor(catalogue);
        Tally all = new Tally();
        Tally catalogued = new Tally();
        List<String> aliases = catalogue.metrics().stream().flatMap(m -> m.aliases().stream()).distinct().toList();
        List<String> lines = new ArrayList<>();
        for (Gold gold : Gold.all()) {
            Document document = DocumentReader.read(gold.seed(), null);
            List<MetricFact> facts = extractor.extract(document).metrics();
            List<int[]> spans = gold.metrics().stream().map(g -> span(document.text(), g.text())).toList();
            for (int i = 0; i < gold.metrics().size(); i++) {
                Gold.GoldMetric g = gold.metrics().get(i);
                int[] span = spans.get(i);
                List<MetricFact> hits = facts.stream()
                        .filter(f -> f.value().compareTo(g.value()) == 0 && overlaps(f, span)).toList();
                all.gold++;
                all.found += hits.isEmpty() ? 0 : 1;
                if (aliases.stream().anyMatch(a -> g.metric().contains(a) || g.text().contains(a))) {
                    catalogued.gold++;
                    catalogued.found += hits.isEmpty() ? 0 : 1;
                }
                if (hits.isEmpty()) {
                    lines.add("MISS  " + gold.report() + ": " + g.value() + " " + g.unit() + " in " + g.text());
                }
            }
            for (MetricFact f : facts) {
                boolean right = false;
                for (int i = 0; i < spans.size(); i++) {
                    Gold.GoldMetric g = gold.metrics().get(i);
                    boolean sameValue = g.value().compareTo(f.value()) == 0 || f.period() == Period.PREVIOUS
                            && g.note() != null && g.note().contains(f.value().toPlainString());
                    right |= sameValue && overlaps(f, spans.get(i));
                }
                all.facts++;
                all.wrong += right ? 0 : 1;
                if (f.metric() != null) {
                    catalogued.facts++;
                    catalogued.wrong += right ? 0 : 1;
                }
                if (!right) {
                    lines.add("FALSE " + gold.report() + ": " + f.value() + " " + f.unit() + " in " + f.text()
                            + (f.metric() == null ? "" : " [" + f.metric() + "]"));
                }
            }
        }
        lines.forEach(System.out::println);
        System.out.printf("all gold metrics: recall %d/%d = %.3f, precision %d/%d = %.3f%n",
                all.found, all.gold, all.recall(), all.facts - all.wrong, all.facts, all.precision());
        System.out.printf("catalogue subset: recall %d/%d = %.3f, precision of catalogue facts %d/%d = %.3f%n",
                catalogued.found, catalogued.gold, catalogued.recall(),
                catalogued.facts - catalogued.wrong, catalogued.facts, catalogued.precision());
        assertTrue(all.recall() >= RECALL_FLOOR, "recall " + all.recall());
        assertTrue(all.precision() >= PRECISION_FLOOR, "precision " + all.precision());
    }

    private static final class Tally {
        int gold;
        int found;
        int facts;
        int wrong;

        double recall() {
            return gold == 0 ? 1 : (double) found / gold;
        }

        double precision() {
            return facts == 0 ? 1 : (double) (facts - wrong) / facts;
        }
    }

    private static int[] span(String text, String goldText) {
        int at = text.indexOf(goldText);
        assertTrue(at >= 0, "gold span not in seed: " + goldText);
        return new int[] {at, at + goldText.length()};
    }

    private static boolean overlaps(MetricFact f, int[] span) {
        return f.start() < span[1] && span[0] < f.end();
    }

}
