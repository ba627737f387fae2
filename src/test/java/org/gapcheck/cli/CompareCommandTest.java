package org.gapcheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `gapcheck compare OLD NEW` on the real seeds: 001 is 红桥区 2020, 000 红桥区 2023, 004 a 街道 of 滨海新区. */
class CompareCommandTest {
    private static final String HONGQIAO_2020 = "seeds/001_2dee9f555e64716b.txt";
    private static final String HONGQIAO_2023 = "seeds/000_4257578ea403ef7a.txt";
    private static final String DAGANG_2023 = "seeds/004_73f35b073ab9b22c.txt";

    @Test
    void consoleShowsTheRateAndTheVerdictThatChanged() {
        CliRun run = CliRun.of("compare", HONGQIAO_2020, HONGQIAO_2023);
        assertEquals(0, run.exitCode(), run::toString);
        assertTrue(run.out().contains("天津市红桥区人民政府 2020年度") && run.out().contains("天津市红桥区人民政府 2023年度"),
                run::toString);
        String court = line(run.out(), "行政机关负责人出庭应诉率");
        assertTrue(court.contains("81.25% → 100%") && court.contains("+18.75 个百分点"), court);
        String resolved = run.out().substring(run.out().indexOf("已解决差距"), run.out().indexOf("其他结论变化"));
        String indicator61 = line(resolved, "行政机关负责人出庭应诉 ");
        assertTrue(indicator61.contains("61") && indicator61.contains("未达标 → 达标"), indicator61);
        assertFalse(run.out().contains("注意："), "same unit, years in order: no warning");
    }

    @Test
    void anotherUnitIsComparedWithAWarning() {
        CliRun run = CliRun.of("compare", HONGQIAO_2020, DAGANG_2023);
        assertEquals(0, run.exitCode(), run::toString);
        assertTrue(run.out().contains("注意：两份报告的单位不同"), run::toString);
    }

    @Test
    void jsonParsesAndAgreesWithTheConsole() throws Exception {
        CliRun json = CliRun.of("compare", HONGQIAO_2020, HONGQIAO_2023, "--format", "json");
        CliRun console = CliRun.of("compare", HONGQIAO_2020, HONGQIAO_2023);
        assertEquals(0, json.exitCode(), json::toString);
        JsonNode root = new ObjectMapper().readTree(json.out());
        assertEquals(2020, root.path("old").path("year").asInt());
        assertEquals(2023, root.path("new").path("year").asInt());
        JsonNode court = find(root.path("metrics"), "metric", "court_appearance_rate");
        assertEquals(81.25, court.path("old").path("value").asDouble());
        assertEquals(100, court.path("new").path("value").asDouble());
        assertEquals("+18.75 个百分点", court.path("change").asText());

        String metricSection = console.out().substring(console.out().indexOf("数据对比"), console.out().indexOf("结论变化"));
        assertEquals(root.path("metrics").size(), metricSection.lines().count() - 2, metricSection);
        for (JsonNode metric : root.path("metrics")) {
            String expected = display(metric.path("old")) + " → " + display(metric.path("new"));
            String line = line(metricSection, metric.path("name").asText() + " ");
            assertTrue(line.replaceAll(" +→ +", " → ").contains(expected) && line.contains(metric.path("change").asText()),
                    line + " vs " + metric);
        }
        JsonNode changed = find(root.path("verdict_changes"), "no", "61");
        assertEquals("GAP", changed.path("old_verdict").asText());
        assertEquals("MET", changed.path("new_verdict").asText());
        assertEquals("差 18.75 个百分点", changed.path("old_shortfall").asText());
        assertEquals(changed, find(root.path("resolved_gaps"), "no", "61"));
        assertTrue(console.out().contains("结论变化 共 " + root.path("verdict_changes").size() + " 项"), console::toString);
        assertTrue(console.out().contains("已解决差距（旧报告未达标，新报告不再是） " + root.path("resolved_gaps").size() + " 项"));
        assertTrue(console.out().contains("得分 " + root.path("old").path("score").asText() + " → "
                + root.path("new").path("score").asText()), console::toString);
        JsonNode gaps = find(root.path("verdict_counts"), "verdict", "GAP");
        assertTrue(console.out().contains(gaps.path("old").asInt() + " → " + gaps.path("new").asInt()));
    }

    @Test
    void markdownGoesToAFileWhole(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("对比.md");
        CliRun run = CliRun.of("compare", HONGQIAO_2020, HONGQIAO_2023, "--format", "md", "-o", out.toString());
        assertEquals(0, run.exitCode(), run::toString);
        assertEquals("", run.out());
        String md = Files.readString(out, StandardCharsets.UTF_8);
        assertTrue(md.contains("| 行政机关负责人出庭应诉率 | 81.25% | 100% | +18.75 个百分点 |"), md);
        assertTrue(md.contains("| 61 | 行政机关负责人出庭应诉 | 未达标 → 达标 | 差 18.75 个百分点 |"), md);
        try (var files = Files.list(dir)) {
            assertEquals(1, files.count(), "no temporary file left beside the output");
        }
    }

    @Test
    void anUnreadableFileIsNamedWithExitCode3(@TempDir Path dir) throws Exception {
        Path empty = Files.createFile(dir.resolve("空报告.txt"));
        CliRun run = CliRun.of("compare", HONGQIAO_2020, empty.toString());
        assertEquals(3, run.exitCode(), run::toString);
        assertTrue(run.err().contains("空报告.txt") && run.err().contains("文件为空"), run::toString);
        assertEquals("", run.out());

        CliRun missing = CliRun.of("compare", dir.resolve("没有.txt").toString(), HONGQIAO_2023);
        assertEquals(3, missing.exitCode(), missing::toString);
        assertTrue(missing.err().contains("没有.txt：文件不存在"), missing::toString);
    }

    @Test
    void anUnknownFormatIsAUsageError() {
        CliRun run = CliRun.of("compare", HONGQIAO_2020, HONGQIAO_2023, "--format", "csv");
        assertEquals(2, run.exitCode(), run::toString);
        assertTrue(run.err().contains("不支持的输出格式：csv"), run::toString);
    }

    private static String line(String text, String containing) {
        return text.lines().filter(l -> l.contains(containing)).findFirst()
                .orElseThrow(() -> new AssertionError("no line with " + containing + " in\n" + text));
    }

    private static JsonNode find(JsonNode array, String field, String value) {
        return StreamSupport.stream(array.spliterator(), false).filter(n -> n.path(field).asText().equals(value))
                .findFirst().orElseThrow(() -> new AssertionError("no " + field + "=" + value + " in " + array));
    }

    private static String display(JsonNode stated) {
        return stated.isNull() ? "—" : stated.path("display").asText();
    }
}
