package org.gapcheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code check -o FILE}: any name the file system takes, leftovers of killed runs removed, failures in one line. */
class CheckOutputFileTest {
    private static final String SEED = "seeds/000_4257578ea403ef7a.txt";

    @Test
    void anOutputWhoseNameAlmostFillsTheLimitIsWritten(@TempDir Path dir) throws Exception {
        Path output = dir.resolve("红".repeat(80) + "a.html");   // 246 bytes; its temporary name is cut to fit
        CliRun run = CliRun.of("check", SEED, "--format", "html", "-o", output.toString());
        assertEquals(0, run.exitCode(), run::toString);
        assertTrue(Files.size(output) > 1000);
        try (var files = Files.list(dir)) {
            assertEquals(1, files.count(), "no temporary file left");
        }
    }

    @Test
    void anOutputThatCannotBeWrittenIsOneChineseLineNamingIt(@TempDir Path dir) throws Exception {
        Path output = dir.resolve("红".repeat(85) + ".html");   // 260 bytes: no file system takes it
        CliRun run = CliRun.of("check", SEED, "--format", "html", "-o", output.toString());
        assertEquals(3, run.exitCode(), run::toString);
        assertEquals("无法写入输出文件：" + output + "（文件名过长）", run.err().strip());
    }

    @Test
    void temporaryFilesAKilledRunLeftBesideTheOutputAreRemoved(@TempDir Path dir) throws Exception {
        Path output = dir.resolve("gaps.md");
        Path stale = dir.resolve(".gaps.md2609993991962974193.tmp");
        Path otherTarget = dir.resolve(".整改台账.xlsx42.tmp");
        for (Path file : new Path[] {stale, otherTarget}) {
            Files.writeString(file, "half");
            Files.setLastModifiedTime(file, FileTime.from(Instant.now().minusSeconds(600)));
        }
        CliRun run = CliRun.of("check", SEED, "--format", "md", "-o", output.toString());
        assertEquals(0, run.exitCode(), run::toString);
        assertFalse(Files.exists(stale));
        assertTrue(Files.exists(otherTarget), "another output's: left to the run that writes it");
    }
}
