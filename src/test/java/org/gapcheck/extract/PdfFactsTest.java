package org.gapcheck.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.gapcheck.catalogue.CatalogueLoader;
import org.gapcheck.ingest.Document;
import org.gapcheck.ingest.DocumentReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * End to end from a PDF: seed 002 rendered by Chromium as an official document (src/test/resources/ingest/pdf) gives the
 * same facts as the seed's text, and every gold metric of the seed.
 */
class PdfFactsTest {

    private static final String SEED = "002_d9e95e2a48e67257";

    private static ReportFacts fromPdf;
    private static ReportFacts fromText;

    @BeforeAll
    static void extract() throws Exception {
        Extractor extractor = new Extractor(CatalogueLoader.load(Path.of("criteria/demo-2021.yaml")));
        fromPdf = extractor.extract(DocumentReader.read(Path.of("src/test/resources/ingest/pdf/" + SEED + ".pdf"), null));
        fromText = extractor.extract(DocumentReader.read(Path.of("seeds/" + SEED + ".txt"), null));
    }

    @Test
    void factsFromThePdfAreThoseFromTheText() {
        assertEquals(describe(fromText), describe(fromPdf));
        assertTrue(fromPdf.metrics().size() >= 40, "seed 002 states 49 figures; found " + fromPdf.metrics().size());
    }

    @Test
    void everyGoldMetricIsFoundInThePdf() {
        Gold gold = Gold.all().stream().filter(g -> g.report().equals(SEED + ".txt")).findFirst().orElseThrow();
        Document document = fromPdf.document();
        List<String> missing = new ArrayList<>();
        for (Gold.GoldMetric g : gold.metrics()) {
            int at = document.text().indexOf(g.text());
            boolean found = at >= 0 && fromPdf.metrics().stream().anyMatch(f -> f.value().compareTo(g.value()) == 0
                    && f.start() < at + g.text().length() && at < f.end());
            if (!found) {
                missing.add((at < 0 ? "SPAN NOT IN TEXT  " : "NO FACT  ") + g.value() + " " + g.unit() + " in " + g.text());
            }
        }
        missing.forEach(m -> System.out.println("MISS pdf " + SEED + ": " + m));
        System.out.printf("pdf %s: %d/%d gold metrics found%n", SEED, gold.metrics().size() - missing.size(),
                gold.metrics().size());
        assertEquals(List.of(), missing);
    }

    /** Facts without their offsets, which differ as the PDF's text has no blank lines. */
    private static List<String> describe(ReportFacts facts) {
        List<String> lines = new ArrayList<>();
        facts.metrics().forEach(f -> lines.add("metric " + f.metric() + " " + f.name() + " " + f.value().toPlainString()
                + " " + f.unit() + " " + f.qualifier() + " " + f.period() + " " + f.scope() + " " + f.section() + " "
                + f.text()));
        facts.mentions().forEach(m -> lines.add("mention " + m.topic() + " " + m.polarity() + " " + m.section() + " "
                + m.text()));
        facts.shortfalls().forEach(s -> lines.add("shortfall " + s.topics() + " " + s.generic() + " " + s.text()));
        Document d = facts.document();
        lines.add("document " + d.unit() + " " + d.unitLevel() + " " + d.year() + " " + d.sections().size());
        return lines;
    }
}
