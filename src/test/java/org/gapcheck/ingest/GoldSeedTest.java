package org.gapcheck.ingest;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class GoldSeedTest {

    static java.util.stream.Stream<String> seeds() {
        return Seeds.names();
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void sectionsUnitLevelAndYearMatchGold(String seed) throws Exception {
        Document doc = DocumentReader.read(Seeds.report(seed), null);
        JsonNode gold = Seeds.gold(seed);
        List<String> differences = new ArrayList<>();

        List<String> expectedSections = new ArrayList<>();
        gold.get("sections").forEach(s -> expectedSections.add(s.get("kind").asText() + " " + s.get("heading").asText()));
        List<String> actualSections = doc.sections().stream().map(s -> s.kind().id() + " " + s.heading()).toList();
        if (!expectedSections.equals(actualSections)) {
            differences.add("sections\n  expected " + expectedSections + "\n  actual   " + actualSections);
        }
        compare(differences, "unit", gold.get("unit").asText(), doc.unit());
        compare(differences, "unit_level", gold.get("unit_level").asText(),
                doc.unitLevel() == null ? null : doc.unitLevel().id());
        compare(differences, "year", gold.get("year").asInt(), doc.year());

        assertTrue(differences.isEmpty(), seed + " differs from gold:\n" + String.join("\n", differences));
    }

    private static void compare(List<String> differences, String field, Object expected, Object actual) {
        if (!Objects.equals(expected, actual)) {
            differences.add(field + ": expected " + expected + ", actual " + actual);
        }
    }
}
