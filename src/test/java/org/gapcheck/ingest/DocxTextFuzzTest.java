package org.gapcheck.ingest;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.file.Path;

/**
 * Mutated .docx bytes (seeds in DocxTextFuzzTestInputs) against the reader's contract: text, or an IngestException with
 * a reason. Any other exception, or an Error, is a finding; the safety net in DocumentReader is not part of the target,
 * so that a malformed file POI reports in its own way gets a precise reason rather than the generic one.
 * Fuzz with {@code JAZZER_FUZZ=1 mvn -o test-compile surefire:test@fuzz-regression -Dtest=DocxTextFuzzTest}.
 */
class DocxTextFuzzTest {

    private static final Path FILE = Path.of("fuzz.docx");

    @FuzzTest(maxDuration = "5m")
    void readsOrRefusesWithAReason(byte[] bytes) {
        try {
            String text = DocxText.read(FILE, bytes, null);
            assertNotNull(text);
        } catch (IngestException e) {
            assertFalse(e.reason().isBlank());
        }
    }
}
