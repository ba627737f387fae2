package org.gapcheck.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The five seed reports and their hand-labelled gold. */
final class Seeds {

    static final Path DIR = Path.of("seeds");

    private Seeds() {}

    static Stream<String> names() {
        return Stream.of(
                "000_4257578ea403ef7a",
                "001_2dee9f555e64716b",
                "002_d9e95e2a48e67257",
                "003_fa44101b5a90444e",
                "004_73f35b073ab9b22c");
    }

    static Path report(String name) {
        return DIR.resolve(name + ".txt");
    }

    static JsonNode gold(String name) {
        try (InputStream in = Seeds.class.getResourceAsStream("/gold/" + name + ".yaml")) {
            if (in == null) {
                throw new IllegalStateException("no gold for " + name);
            }
            return new YAMLMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The document's parts (kind and heading), unit, unit level and year are those the seed's gold gives. */
    static void assertGoldSectionsUnitAndYear(String seed, Document doc) {
        JsonNode gold = gold(seed);
        List<String> expected = new ArrayList<>();
        gold.get("sections").forEach(s -> expected.add(s.get("kind").asText() + " " + s.get("heading").asText()));
        assertEquals(expected, doc.sections().stream().map(s -> s.kind().id() + " " + s.heading()).toList());
        assertEquals(gold.get("unit").asText(), doc.unit());
        assertEquals(gold.get("unit_level").asText(), doc.unitLevel().id());
        assertEquals(gold.get("year").asInt(), doc.year());
    }
}
