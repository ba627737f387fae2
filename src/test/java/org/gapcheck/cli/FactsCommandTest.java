package org.gapcheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class FactsCommandTest {

    @Test
    void factsJsonHasTheStableSchemaAndExactSpans() throws Exception {
        Path seed = Path.of("seeds/000_4257578ea403ef7a.txt");
        CliRun run = CliRun.of("facts", seed.toString(), "--format", "json");
        assertEquals(0, run.exitCode(), run::toString);
        JsonNode root = new ObjectMapper().readTree(run.out());
        assertEquals(List.of("report", "unit", "unit_level", "year", "published", "sections", "metrics", "mentions",
                        "shortfalls"),
                iterableToList(root.fieldNames()));
        assertEquals("天津市红桥区人民政府", root.get("unit").asText());
        assertEquals("district_government", root.get("unit_level").asText());
        assertEquals(2023, root.get("year").asInt());
        String text = Files.readString(seed);
        for (String array : List.of("metrics", "mentions", "shortfalls")) {
            assertTrue(root.get(array).size() > 0, array);
            for (JsonNode fact : root.get(array)) {
                assertEquals(fact.get("text").asText(),
                        text.substring(fact.get("start").asInt(), fact.get("end").asInt()), fact::toString);
            }
        }
        boolean found = false;
        for (JsonNode m : root.get("metrics")) {
            if ("court_appearance_rate".equals(m.get("metric").asText())) {
                assertEquals(100, m.get("value").asDouble());
                assertEquals("%", m.get("unit").asText());
                found = true;
            }
        }
        assertTrue(found, "出庭应诉率 is among the facts");
        assertEquals(List.of("heading", "kind", "start", "end"), iterableToList(root.get("sections").get(0).fieldNames()));
    }

    private static List<String> iterableToList(java.util.Iterator<String> it) {
        List<String> list = new java.util.ArrayList<>();
        it.forEachRemaining(list::add);
        return list;
    }
}
