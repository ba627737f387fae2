package org.gapcheck.eval;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

/** A hand-labelled gold file (src/test/resources/gold/README.md): the facts a report really states. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record GoldReport(String report, List<Section> sections, List<Metric> metrics, List<Mention> mentions,
                         List<Shortfall> shortfalls) {

    public GoldReport {
        sections = sections == null ? List.of() : List.copyOf(sections);
        metrics = metrics == null ? List.of() : List.copyOf(metrics);
        mentions = mentions == null ? List.of() : List.copyOf(mentions);
        shortfalls = shortfalls == null ? List.of() : List.copyOf(shortfalls);
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Section(String heading, String kind) {}

    /** Percentages in percentage points, like the extracted facts. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Metric(String metric, BigDecimal value, String unit, String qualifier, String section, String text) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Mention(String topic, String section, String text) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Shortfall(String text) {}

    /** The gold for a report file: {@code <gold dir>/<report base name>.yaml}. */
    public static Path pathFor(Path goldDir, Path reportFile) {
        String name = reportFile.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return goldDir.resolve((dot > 0 ? name.substring(0, dot) : name) + ".yaml");
    }

    public static GoldReport load(Path file) throws GoldException {
        if (!Files.isRegularFile(file)) {
            throw new GoldException(file, "找不到标注文件");
        }
        try {
            return new ObjectMapper(new YAMLFactory()).readValue(file.toFile(), GoldReport.class);
        } catch (NoSuchFileException e) {
            throw new GoldException(file, "找不到标注文件");
        } catch (IOException e) {
            throw new GoldException(file, "标注文件无法解析：" + e.getMessage().lines().findFirst().orElse(""));
        }
    }
}
