package org.gapcheck.catalogue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;

/**
 * Jazzer target for the catalogue loader: arbitrary YAML either loads or fails with a {@link CatalogueException}; any
 * other exception escaping the loader would reach the user as a stack trace. Replays
 * {@code src/test/resources/org/gapcheck/catalogue/CatalogueLoaderFuzzTestInputs/} under {@code mvn test}.
 */
class CatalogueLoaderFuzzTest {

    @FuzzTest(maxDuration = "5m")
    void loader(byte[] input) {
        try {
            CatalogueLoader.load("fuzz.yaml", new String(input, StandardCharsets.UTF_8));
        } catch (CatalogueException expected) {
            // the contract: a clear, located message
        }
    }
}
