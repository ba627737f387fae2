package org.gapcheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class CatalogueCommandTest {
    private static final String HOSTILE = "src/test/resources/cli/hostile.yaml";

    @Test
    void bundledCatalogueValidates() {
        CliRun run = CliRun.of("catalogue", "validate", "criteria/demo-2021.yaml");
        assertEquals(0, run.exitCode(), run::toString);
        assertTrue(run.out().contains("有效"), run::toString);
    }

    @Test
    void hostileCatalogueIsRejectedWithLocatedMessagesAndNeverRuns() {
        for (String[] args : new String[][] {
                {"catalogue", "validate", HOSTILE},
                {"check", "--catalogue", HOSTILE, "seeds/000_4257578ea403ef7a.txt"},
                {"rules", "--catalogue", HOSTILE}}) {
            CliRun run = CliRun.of(args);
            assertEquals(3, run.exitCode(), run::toString);
            assertTrue(run.out().isEmpty(), run::toString);
            assertTrue(run.err().contains("hostile.yaml:"), run::toString);
            assertTrue(run.err().contains("90 || true"), "the non-numeric threshold is named: " + run);
            assertTrue(run.err().contains("a\" || true"), "the bad id is named: " + run);
            assertFalse(run.err().contains("Exception"), run::toString);
        }
    }

    @Test
    void generatedRulesHaveNoChineseAndNoStringLiteralsFromTheCatalogue() {
        CliRun run = CliRun.of("rules");
        assertEquals(0, run.exitCode(), run::toString);
        String drl = run.out();
        assertFalse(drl.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN));
        Matcher literals = Pattern.compile("\"([^\"]*)\"").matcher(drl);
        int rules = 0;
        while (literals.find()) {
            assertTrue(literals.group(1).matches("I\\d{3}\\.c\\d+"), "unexpected literal " + literals.group());
            rules++;
        }
        assertTrue(rules >= 15, "at least one rule per indicator: " + rules);
    }
}
