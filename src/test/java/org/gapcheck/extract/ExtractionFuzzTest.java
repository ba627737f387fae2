package org.gapcheck.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.math.BigDecimal;
import java.nio.file.Path;
import org.gapcheck.catalogue.CatalogueException;
import org.gapcheck.catalogue.CatalogueLoader;
import org.gapcheck.ingest.Document;
import org.gapcheck.ingest.DocumentReader;

/**
 * Jazzer targets for the number parser and the extractor. Under {@code mvn test} they replay the inputs in
 * {@code src/test/resources/org/gapcheck/extract/ExtractionFuzzTestInputs/}; with {@code JAZZER_FUZZ=1} they fuzz.
 */
class ExtractionFuzzTest {

    private static final Extractor EXTRACTOR = new Extractor(bundledCatalogue());

    /** Every quantity lies inside the text, in order, with a non-negative value. */
    @FuzzTest(maxDuration = "5m")
    void numberParser(byte[] input) {
        String text = new String(input, StandardCharsets.UTF_8);
        int previousStart = -1;
        for (Quantity q : ChineseNumbers.findAll(text)) {
            assertTrue(0 <= q.start() && q.start() < q.end() && q.end() <= text.length(), q::toString);
            assertTrue(q.start() > previousStart, () -> "not in text order: " + q);
            assertTrue(q.value().signum() >= 0, q::toString);
            previousStart = q.start();
        }
        ChineseNumbers.parse(text).ifPresent(q -> assertTrue(q.value().compareTo(BigDecimal.ZERO) >= 0, q::toString));
    }

    /** Any text becomes a document whose facts quote it exactly. */
    @FuzzTest(maxDuration = "10m")
    void extractor(byte[] input) {
        Document document = DocumentReader.fromText("fuzz.txt", new String(input, StandardCharsets.UTF_8));
        ReportFacts facts = EXTRACTOR.extract(document);
        for (MetricFact f : facts.metrics()) {
            assertEquals(document.text().substring(f.start(), f.end()), f.text());
        }
        for (Mention m : facts.mentions()) {
            assertEquals(document.text().substring(m.start(), m.end()), m.text());
        }
    }

    private static org.gapcheck.catalogue.Catalogue bundledCatalogue() {
        try {
            return CatalogueLoader.load(Path.of("criteria/demo-2021.yaml"));
        } catch (CatalogueException e) {
            throw new IllegalStateException(e);
        }
    }
}
