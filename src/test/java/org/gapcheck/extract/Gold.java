package org.gapcheck.extract;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** A hand-labelled gold file from src/test/resources/gold (see the README there). */
@JsonIgnoreProperties(ignoreUnknown = true)
record Gold(String report, List<GoldSection> sections, List<GoldMetric> metrics, List<GoldMention> mentions) {

    static final Path DIR = Path.of("src/test/resources/gold");

    @JsonIgnoreProperties(ignoreUnknown = true)
    record GoldSection(String heading, String kind) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record GoldMetric(String metric, BigDecimal value, String unit, String qualifier, String section, String text,
                      String note) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record GoldMention(String topic, String section, String text) {}

    static List<Gold> all() {
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
        try (Stream<Path> files = Files.list(DIR)) {
            return files.filter(p -> p.toString().endsWith(".yaml")).sorted().map(p -> {
                try {
                    return yaml.readValue(p.toFile(), Gold.class);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Path seed() {
        return Path.of("seeds", report);
    }
}
