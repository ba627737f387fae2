package org.gapcheck.ingest;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.file.Path;

/**
 * The PDF reader on mutated PDFs: it returns text or refuses with an {@link IngestException} that gives a reason; any
 * other exception, an Error (stack or heap exhausted) or a hang is a finding. Seed inputs: PdfTextFuzzTestInputs/.
 */
class PdfTextFuzzTest {

    private static final Path FILE = Path.of("fuzz.pdf");

    @FuzzTest(maxDuration = "5m")
    void readsOrRefuses(byte[] bytes) {
        try {
            assertNotNull(PdfText.read(FILE, bytes, null));
        } catch (IngestException e) {
            assertFalse(e.reason().isBlank());
        }
    }
}
