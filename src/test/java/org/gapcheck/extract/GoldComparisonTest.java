package org.gapcheck.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.gapcheck.catalogue.Catalogue;
import org.gapcheck.catalogue.Metric;
import org.gapcheck.ingest.Document;
import org.junit.jupiter.api.Test;

/** Invariants of every fact extracted from the seeds (the figures against the gold are in GoldMetricsTest). */
class GoldComparisonTest {

    private static final Catalogue CATALOGUE = TestCatalogue.create();
    private static final Extractor EXTRACTOR = new Extractor(CATALOGUE);

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
}
