package org.gapcheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `check --facts FILE.yaml`: ledger values join the run and are marked 台账 in every output. */
class LedgerOptionTest {
    private static final String SEED = "seeds/001_2dee9f555e64716b.txt";

    private static Path ledger(Path dir, String yaml) throws Exception {
        Path file = dir.resolve("台账.yaml");
        Files.writeString(file, yaml, StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void ledgerValuesAreMarkedInJsonConsoleAndCsv(@TempDir Path dir) throws Exception {
        Path file = ledger(dir, """
                facts:
                  - metric: court_appearance_rate
                    value: 100
                    source: 区司法局行政应诉台账
                """);
        CliRun json = CliRun.of("check", SEED, "--facts", file.toString(), "--format", "json");
        assertEquals(0, json.exitCode(), json::toString);
        JsonNode root = new ObjectMapper().readTree(json.out());
        assertEquals("区司法局行政应诉台账", root.get("ledger").get(0).get("source").asText());
        JsonNode court = null;
        for (JsonNode i : root.get("indicators")) {
            if (i.get("no").asInt() == 61) {
                court = i;
            }
        }
        assertEquals("GAP", court.get("verdict").asText(), "the report's 81.25% still decides");
        assertTrue(court.get("evidence").findValuesAsText("origin").contains("ledger"), court::toString);
        assertTrue(json.out().contains("ledger_disagrees_with_text"));

        CliRun console = CliRun.of("check", SEED, "--facts", file.toString());
        assertTrue(console.out().contains("台账数据与报告所述不一致"), console::toString);
    }

    @Test
    void aValueOnlyTheLedgerHasIsShownAsTheLedgers(@TempDir Path dir) throws Exception {
        Path file = ledger(dir, """
                facts:
                  - metric: judicial_advice_reply_rate
                    value: 100
                    source: 区司法局司法建议登记簿
                    report: 001_2dee9f555e64716b
                """);
        Path csv = dir.resolve("gaps.csv");
        CliRun run = CliRun.of("check", SEED, "--facts", file.toString(), "--format", "csv", "-o", csv.toString());
        assertEquals(0, run.exitCode(), run::toString);
        String text = Files.readString(csv, StandardCharsets.UTF_8);
        assertTrue(text.contains("台账（区司法局司法建议登记簿）：100%"), text);
        CliRun without = CliRun.of("check", SEED, "--format", "csv");
        assertFalse(without.out().contains("台账（区司法局司法建议"), "the value is the ledger's alone");
    }

    @Test
    void aBadLedgerStopsTheRunNamingFileLineAndField(@TempDir Path dir) throws Exception {
        Path file = ledger(dir, "facts:\n  - metric: court_appearance_rate\n    value: 100\n");
        CliRun run = CliRun.of("check", SEED, "--facts", file.toString());
        assertEquals(3, run.exitCode(), run::toString);
        assertTrue(run.err().startsWith("台账文件 " + file + " 有 1 处错误："), run::toString);
        assertTrue(run.err().contains(file + ":2:5: 字段 facts[0].source：缺少必填字段 source"), run::toString);
        assertFalse(run.err().contains("at org."), "no stack trace without --debug");
    }

    @Test
    void inABatchAnEntryGoesToTheSubmissionItNames(@TempDir Path dir) throws Exception {
        Path reports = Files.createDirectories(dir.resolve("in"));
        Files.copy(Path.of(SEED), reports.resolve("红桥2020.txt"));
        Files.copy(Path.of("seeds/000_4257578ea403ef7a.txt"), reports.resolve("红桥2023.txt"));
        Path file = ledger(dir, """
                facts:
                  - metric: court_appearance_rate
                    value: 100
                    source: 区司法局行政应诉台账
                    report: 红桥2023
                """);
        CliRun run = CliRun.of("batch", reports.toString(), "--out", dir.resolve("out").toString(), "--formats", "json",
                "--facts", file.toString(), "--jobs", "1");
        assertEquals(0, run.exitCode(), run::toString);
        ObjectMapper json = new ObjectMapper();
        JsonNode named = json.readTree(dir.resolve("out/reports/红桥2023.json").toFile());
        JsonNode other = json.readTree(dir.resolve("out/reports/红桥2020.json").toFile());
        assertEquals(1, named.get("ledger").size());
        assertEquals(0, other.get("ledger").size());
    }
}
