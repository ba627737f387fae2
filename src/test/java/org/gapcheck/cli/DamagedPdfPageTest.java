package org.gapcheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.gapcheck.ingest.DamagedPagesPdf;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A PDF page that could not be read whole is told on stderr and stands in the report's findings. */
class DamagedPdfPageTest {

    @TempDir
    Path dir;

    @Test
    void checkWarnsOnStderrAndListsTheFinding() throws Exception {
        Path file = Files.write(dir.resolve("damaged.pdf"), DamagedPagesPdf.bytes());
        CliRun run = CliRun.of("check", file.toString(), "--format", "json");
        assertEquals(0, run.exitCode(), run.toString());
        assertTrue(run.err().contains(file + "：PDF 第 2 页内容已损坏"), run.toString());
        assertTrue(run.err().contains(file + "：PDF 第 3 页内容已损坏"), run.toString());
        JsonNode findings = new ObjectMapper().readTree(run.out()).get("findings");
        long unread = 0;
        for (JsonNode f : findings) {
            if (f.toString().contains("content_not_read")) {
                unread++;
                assertTrue(f.toString().contains("PDF 第 "), f.toString());
            }
        }
        assertEquals(2, unread, findings.toString());
    }

    @Test
    void consoleAndMarkdownShowTheFinding() throws Exception {
        Path file = Files.write(dir.resolve("damaged.pdf"), DamagedPagesPdf.bytes());
        assertTrue(CliRun.of("check", file.toString()).out().contains("PDF 第 2 页内容已损坏"));
        assertTrue(CliRun.of("check", file.toString(), "--format", "md").out().contains("PDF 第 3 页内容已损坏"));
    }

    @Test
    void factsWarnsOnStderr() throws Exception {
        Path file = Files.write(dir.resolve("damaged.pdf"), DamagedPagesPdf.bytes());
        CliRun run = CliRun.of("facts", file.toString(), "--format", "json");
        assertEquals(0, run.exitCode(), run.toString());
        assertTrue(run.err().contains(file + "：PDF 第 2 页内容已损坏"), run.toString());
    }
}
