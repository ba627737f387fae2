package org.gapcheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The acceptance checks of the foundation issue, run through the real command line on the seeds. */
class CheckCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode indicator(JsonNode report, String code) {
        for (JsonNode i : report.get("indicators")) {
            if (i.get("topic").asText().equals(code)) {
                return i;
            }
        }
        throw new AssertionError("no indicator " + code + " in " + report.get("report"));
    }

    @Test
    void courtAppearanceRateIsAGapIn2020WithTheShortfallAndItsSentence() throws Exception {
        CliRun run = CliRun.of("check", "seeds/001_2dee9f555e64716b.txt", "--format", "json");
        assertEquals(0, run.exitCode(), run::toString);
        JsonNode court = indicator(JSON.readTree(run.out()), "LEADER_COURT_APPEARANCE");
        assertEquals("GAP", court.get("verdict").asText(), court::toString);
        assertEquals(81.25, court.get("value").asDouble());
        assertEquals(100, court.get("threshold").asDouble());
        assertEquals(18.75, court.get("shortfall").asDouble());
        JsonNode evidence = court.get("evidence").get(0);
        assertTrue(evidence.get("text").asText().contains("81.25%"), evidence::toString);
        assertTrue(evidence.get("sentence").asText().contains("出庭应诉率从2019年全年4.4%跃升至2020年的81.25%"));
    }

    @Test
    void courtAppearanceRateIsMetIn2023WithItsSentence() throws Exception {
        CliRun run = CliRun.of("check", "seeds/000_4257578ea403ef7a.txt", "--format", "json");
        assertEquals(0, run.exitCode(), run::toString);
        JsonNode court = indicator(JSON.readTree(run.out()), "LEADER_COURT_APPEARANCE");
        assertEquals("MET", court.get("verdict").asText(), court::toString);
        assertEquals("行政机关负责人出庭应诉率保持100%", court.get("evidence").get(0).get("text").asText());
    }

    @Test
    void everyReportInTheSeedsFolderGetsAVerdictForEveryIndicator() throws Exception {
        CliRun run = CliRun.of("check", "seeds", "--format", "json");
        assertEquals(0, run.exitCode(), run::toString);
        JsonNode reports = JSON.readTree(run.out());
        assertEquals(5, reports.size());
        for (JsonNode report : reports) {
            assertTrue(report.get("indicators").size() >= 15, report.get("report")::toString);
            for (JsonNode i : report.get("indicators")) {
                assertTrue(i.get("verdict").asText().matches("MET|GAP|PARTIAL|NO_EVIDENCE|ON_SITE|NOT_APPLICABLE"));
                assertFalse(i.get("rule").asText().isEmpty());
            }
        }
    }

    @Test
    void consoleSummaryIsChineseAndShowsTheGap() {
        CliRun run = CliRun.of("check", "seeds/001_2dee9f555e64716b.txt");
        assertEquals(0, run.exitCode(), run::toString);
        assertTrue(run.out().contains("[未达标]"), run::toString);
        assertTrue(run.out().contains("差 18.75 个百分点"), run::toString);
        assertTrue(run.out().contains("天津市红桥区人民政府 2020年度"), run::toString);
    }

    @Test
    void failOnGapExitsOneWhenAGapIsFound() {
        assertEquals(1, CliRun.of("check", "seeds/001_2dee9f555e64716b.txt", "--fail-on", "gap").exitCode());
    }

    @Test
    void markdownGoesToTheOutputFileWhole(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("sub/gaps.md");
        CliRun run = CliRun.of("check", "seeds/000_4257578ea403ef7a.txt", "--format", "md", "-o", out.toString());
        assertEquals(0, run.exitCode(), run::toString);
        String md = Files.readString(out);
        assertTrue(md.startsWith("# 天津市红桥区人民政府 2023年度"), md);
        assertTrue(md.contains("| 序号 | 一级指标 | 二级指标 | 指标 | 结论 |"), md);
        try (var files = Files.list(out.getParent())) {
            assertEquals(1, files.count(), "no temporary file left behind");
        }
    }

    @Test
    void anUnreadableFileIsNamedAndTheOthersStillRun(@TempDir Path dir) throws Exception {
        Path empty = Files.createFile(dir.resolve("empty.txt"));
        CliRun run = CliRun.of("check", empty.toString(), "seeds/000_4257578ea403ef7a.txt", "--format", "json");
        assertEquals(3, run.exitCode(), run::toString);
        assertTrue(run.err().contains("empty.txt") && run.err().contains("文件为空"), run::toString);
        assertFalse(run.err().contains("Exception"), run::toString);
        assertEquals("000_4257578ea403ef7a.txt", JSON.readTree(run.out()).get("report").asText());
    }

    @Test
    void usageErrorsExitTwoInChinese() {
        CliRun unknown = CliRun.of("check", "--no-such-option", "seeds");
        assertEquals(2, unknown.exitCode(), unknown::toString);
        assertTrue(unknown.err().startsWith("用法错误："), unknown::toString);
        assertEquals(2, CliRun.of("check", "seeds", "--format", "pdf").exitCode());
        assertEquals(2, CliRun.of().exitCode());
        CliRun missing = CliRun.of("check");
        assertEquals(2, missing.exitCode(), missing::toString);
        assertTrue(missing.err().contains("缺少必需的参数或选项：FILE|DIR"), missing::toString);
        CliRun badLevel = CliRun.of("check", "seeds", "--fail-on", "sometimes");
        assertEquals(2, badLevel.exitCode(), badLevel::toString);
        assertTrue(badLevel.err().contains("--fail-on 的取值无效：sometimes"), badLevel::toString);
    }

    @Test
    void aFolderIsCheckedAndItsOtherFilesAreNamedAsSkippedWhileLockFilesAreIgnored(@TempDir Path dir) throws Exception {
        Files.copy(Path.of("seeds/001_2dee9f555e64716b.txt"), dir.resolve("红桥区.txt"));
        Files.write(dir.resolve("公示照片.jpg"), new byte[] {(byte) 0xFF, (byte) 0xD8});
        Files.writeString(dir.resolve("~$红桥区.txt"), "lock");
        Files.writeString(dir.resolve(".DS_Store"), "mac");
        CliRun run = CliRun.of("check", dir.toString());
        assertEquals(0, run.exitCode(), run::toString);
        assertTrue(run.out().contains("天津市红桥区人民政府 2020年度"), run::toString);
        assertTrue(run.err().contains("以下 1 个文件不是 gapcheck 能读取的报告格式"), run::toString);
        assertTrue(run.err().contains("已跳过：\n  " + dir.resolve("公示照片.jpg")), run::toString);
        assertFalse(run.err().contains("~$") || run.err().contains(".DS_Store"), run::toString);
    }

    @Test
    void profileSplitsTheCpuTimeByStageOnStderr() {
        CliRun run = CliRun.of("check", "seeds/001_2dee9f555e64716b.txt", "--profile");
        assertEquals(0, run.exitCode(), run::toString);
        assertTrue(run.err().contains("各阶段 CPU 时间（1 份报告）："), run::toString);
        for (String stage : new String[] {"读取", "抽取", "规则判定", "结论整理", "输出"}) {
            assertTrue(run.err().lines().anyMatch(l -> l.trim().startsWith(stage) && l.contains("ms")), run::toString);
        }
        assertFalse(CliRun.of("check", "seeds/001_2dee9f555e64716b.txt").err().contains("各阶段"));
    }
}
