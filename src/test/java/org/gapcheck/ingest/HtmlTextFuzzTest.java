package org.gapcheck.ingest;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.file.Path;

/**
 * Any bytes under an .html name: the reader returns laid-out text or refuses with an {@link IngestException}; any other
 * exception or Error is a finding. Seeds are in HtmlTextFuzzTestInputs/readsOrRefuses. Fuzz with
 * {@code JAZZER_FUZZ=1 mvn -o test-compile surefire:test@fuzz-regression -Dtest=HtmlTextFuzzTest}.
 */
class HtmlTextFuzzTest {

    private static final Path FILE = Path.of("fuzz.html");

    @FuzzTest(maxDuration = "5m")
    void readsOrRefuses(byte[] bytes) {
        String text;
        try {
            text = HtmlText.read(FILE, bytes, null);
        } catch (IngestException e) {
            assertFalse(e.reason().isBlank(), "a refusal says why");
            return;
        }
        // the layout promise later stages rely on: '\n' lines, each trimmed, none empty
        assertFalse(text.indexOf('\r') >= 0, "no carriage returns");
        for (String line : text.split("\n", -1)) {
            assertTrue(text.isEmpty() || !line.isEmpty() && !Line.isBlank(line.charAt(0))
                    && !Line.isBlank(line.charAt(line.length() - 1)), () -> "untrimmed or empty line: [" + line + "]");
        }
    }
}
