package org.gapcheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Standard output holds gapcheck's own output and nothing a library prints: run as a user runs it, in a JVM of its own
 * (logging is set up once per process), with Drools' and POI's loggers told to write everything to System.out.
 */
class StandardOutputTest {

    @Test
    void librariesLoggingToSystemOutLandOnStderr(@TempDir Path dir) throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.copy(Path.of("seeds/000_4257578ea403ef7a.txt"), in.resolve("000_4257578ea403ef7a.txt"));
        Path out = dir.resolve("out");
        Path stdout = dir.resolve("stdout");
        Path stderr = dir.resolve("stderr");
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-Dfile.encoding=UTF-8",
                "-Dorg.slf4j.simpleLogger.logFile=System.out", "-Dorg.slf4j.simpleLogger.defaultLogLevel=debug",
                "-Dorg.slf4j.simpleLogger.log.org.drools=debug",
                "-Dorg.apache.logging.log4j.simplelog.logFile=system.out", "-Dorg.apache.logging.log4j.simplelog.level=DEBUG",
                "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "batch", in.toString(), "--out", out.toString(), "--formats", "xlsx,json")
                .redirectOutput(stdout.toFile()).redirectError(stderr.toFile()).redirectInput(ProcessBuilder.Redirect.PIPE)
                .start();
        process.getOutputStream().close();
        assertTrue(process.waitFor(2, TimeUnit.MINUTES), "the batch hangs");
        String err = Files.readString(stderr, StandardCharsets.UTF_8);
        List<String> lines = Files.readAllLines(stdout, StandardCharsets.UTF_8);

        assertEquals(0, process.exitValue(), err);
        assertEquals(4, lines.size(), () -> "the ranking (header, one row), a blank line, the summary:\n" + lines);
        assertTrue(lines.get(0).startsWith("名次  得分") && lines.get(1).endsWith("000_4257578ea403ef7a")
                && lines.get(2).isEmpty() && lines.get(3).startsWith("已检查 1 份报告。"), lines::toString);
        assertTrue(err.contains("DEBUG org.drools"), "Drools (slf4j) did log, to stderr:\n" + err);
        assertTrue(err.contains("DEBUG ZipPackage"), "POI (Log4j API) did log, to stderr:\n" + err);
    }
}
