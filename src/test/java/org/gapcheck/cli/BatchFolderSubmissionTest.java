package org.gapcheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A subfolder is one submission: its files, read in name order, are judged as the one report they make up. */
class BatchFolderSubmissionTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path SEED = Path.of("seeds/001_2dee9f555e64716b.txt");

    @Test
    void aReportSplitInTwoFilesGetsTheVerdictsOfTheWholeFile(@TempDir Path dir) throws Exception {
        String text = Files.readString(SEED, StandardCharsets.UTF_8);
        int boundary = text.indexOf("\n\n", text.length() / 2);
        Path folder = Files.createDirectories(dir.resolve("reports").resolve("红桥区2020"));
        Files.writeString(folder.resolve("第1部分.txt"), text.substring(0, boundary + 2), StandardCharsets.UTF_8);
        // The second half saved the way Chinese Windows saves text: each file's encoding is detected on its own.
        Files.write(folder.resolve("第2部分.txt"), text.substring(boundary + 2).getBytes(Charset.forName("GB18030")));
        Path out = dir.resolve("out");

        CliRun batch = CliRun.of("batch", dir.resolve("reports").toString(), "--out", out.toString(), "--formats", "json");
        CliRun whole = CliRun.of("check", SEED.toString(), "--format", "json");

        assertEquals(0, batch.exitCode(), batch::toString);
        assertEquals(0, whole.exitCode(), whole::toString);
        JsonNode joined = JSON.readTree(out.resolve("reports/红桥区2020.json").toFile());
        JsonNode single = JSON.readTree(whole.out());
        assertEquals("红桥区2020", joined.get("report").asText());
        assertEquals(single.get("unit"), joined.get("unit"));
        assertEquals(single.get("year"), joined.get("year"));
        assertEquals(single.get("published"), joined.get("published"));
        assertEquals(verdicts(single), verdicts(joined));
        assertEquals(single.get("score"), joined.get("score"));
        assertEquals(2, batch.out().lines().takeWhile(l -> !l.isBlank()).count(), "a header and one submission");
        assertTrue(batch.out().lines().skip(1).findFirst().orElseThrow().endsWith("红桥区2020"), batch::toString);
    }

    private static List<String> verdicts(JsonNode report) {
        List<String> verdicts = new ArrayList<>();
        report.get("indicators").forEach(i -> verdicts.add(i.get("no").asInt() + " " + i.get("verdict").asText()));
        return verdicts;
    }
}
