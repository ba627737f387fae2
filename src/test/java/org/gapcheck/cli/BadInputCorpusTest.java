package org.gapcheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

/**
 * The bad-input corpus ({@code src/test/resources/bad-input/}, see its README) through {@code check}: each file gives the
 * exit code and the line its row in {@code expected.csv} names (on stderr, whole, {@code {path}} standing for the file;
 * on stdout, a fragment of the summary), and never a stack trace. Files too big to commit,
 * and paths that cannot live in git, are made under {@code generated/} before the run; rows starting {@code ../} are the
 * well-formed HTML, Word and PDF fixtures of the ingest tests, which must go through.
 */
class BadInputCorpusTest {

    private static final Path CORPUS = Path.of("src/test/resources/bad-input");
    private static final Path SEED = Path.of("seeds/001_2dee9f555e64716b.txt");
    private static final String GENERATED = "generated/";

    @TempDir
    static Path generated;

    @BeforeAll
    static void generate() throws IOException {
        String seed = Files.readString(SEED, StandardCharsets.UTF_8);
        try (Writer out = Files.newBufferedWriter(generated.resolve("huge-50mb.txt"), StandardCharsets.UTF_8)) {
            for (long written = 0; written < 50L * 1024 * 1024; written += seed.getBytes(StandardCharsets.UTF_8).length) {
                out.write(seed);
            }
        }
        String line = seed.replaceAll("\\R", "");
        try (Writer out = Files.newBufferedWriter(generated.resolve("single-line-5mb.txt"), StandardCharsets.UTF_8)) {
            for (long written = 0; written < 5L * 1024 * 1024; written += line.getBytes(StandardCharsets.UTF_8).length) {
                out.write(line);
            }
        }
        // 15.7 MB of unclosed <span><b>: under the 16 MB cap for a page, 3.6 million elements for a parser
        Files.writeString(generated.resolve("html-tag-bomb.html"),
                "<html><body>" + "<span><b>".repeat((int) (15.7 * 1024 * 1024) / "<span><b>".length()));
        Files.createDirectory(generated.resolve("folder.txt"));
        Path unreadable = Files.writeString(generated.resolve("unreadable.txt"), seed);
        Files.setPosixFilePermissions(unreadable, PosixFilePermissions.fromString("---------"));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvFileSource(resources = "/bad-input/expected.csv", numLinesToSkip = 1, encoding = "UTF-8")
    void checkExitsAndSaysWhatTheCorpusExpects(String file, int exit, String stream, String expected) {
        Path path = resolve(file);
        assumeFalse(file.endsWith("unreadable.txt") && Files.isReadable(path), "running as root: permissions not enforced");
        CliRun run = CliRun.of("check", path.toString());
        assertEquals(exit, run.exitCode(), run::toString);
        if (stream.equals("err")) {
            String line = expected.replace("{path}", path.toString());
            assertTrue(run.err().lines().anyMatch(line::equals), () -> "expected the line\n" + line + "\n" + run);
        } else {
            assertTrue(run.out().contains(expected), run::toString);
        }
        assertNoStackTrace(run);
    }

    @Test
    void everyCorpusFileHasAnExpectation() throws IOException {
        Set<String> listed;
        try (Stream<String> rows = Files.lines(CORPUS.resolve("expected.csv"), StandardCharsets.UTF_8)) {
            listed = rows.skip(1).map(row -> row.substring(0, row.indexOf(','))).collect(Collectors.toSet());
        }
        try (Stream<Path> files = Files.list(CORPUS)) {
            Set<String> present = files.map(p -> p.getFileName().toString())
                    .filter(n -> !n.equals("expected.csv") && !n.equals("README.md")).collect(Collectors.toSet());
            Set<String> committed = listed.stream().filter(n -> !n.contains("/")).collect(Collectors.toSet());
            assertEquals(present, committed);
        }
        assertTrue(listed.size() >= 30, "the corpus should hold at least 30 inputs, has " + listed.size());
    }

    @Test
    void debugShowsTheStackTraceTheUserOtherwiseNeverSees() {
        CliRun run = CliRun.of("check", "--debug", CORPUS.resolve("txt-binary.txt").toString());
        assertEquals(3, run.exitCode(), run::toString);
        assertTrue(run.err().contains("IngestException") && run.err().contains("\tat "), run::toString);
    }

    @ParameterizedTest(name = "catalogue {0}")
    @CsvFileSource(resources = "/catalogue/bad/expected.csv", numLinesToSkip = 1, encoding = "UTF-8")
    void everyBadCatalogueStopsTheRunWithItsLocation(String file, int line, int column) {
        Path catalogue = Path.of("src/test/resources/catalogue/bad", file);
        CliRun run = CliRun.of("check", "--catalogue", catalogue.toString(), SEED.toString());
        assertEquals(3, run.exitCode(), run::toString);
        assertTrue(run.err().contains(catalogue + ":" + line + ":" + column + ": "), run::toString);
        assertTrue(run.out().isEmpty(), run::toString);
        assertNoStackTrace(run);
    }

    @Test
    void batchOverTheCorpusListsEveryBadFileAndChecksEveryGoodOne(@TempDir Path dir) throws IOException {
        Path in = Files.createDirectory(dir.resolve("in"));
        List<String[]> rows;
        try (Stream<String> lines = Files.lines(CORPUS.resolve("expected.csv"), StandardCharsets.UTF_8)) {
            rows = lines.skip(1).map(l -> l.split(",", 4)).filter(r -> !r[0].startsWith(GENERATED)).toList();
        }
        for (String[] row : rows) {
            Files.copy(CORPUS.resolve(row[0]), in.resolve(Path.of(row[0]).getFileName()));
        }
        Path out = dir.resolve("out");
        CliRun run = CliRun.of("batch", in.toString(), "--out", out.toString(), "--formats", "json");
        assertEquals(3, run.exitCode(), run::toString);
        for (String[] row : rows) {
            String name = Path.of(row[0]).getFileName().toString();
            Path file = in.resolve(name);
            if (row[1].equals("0")) {
                String stem = name.substring(0, name.lastIndexOf('.'));
                assertTrue(Files.isRegularFile(out.resolve("reports/" + stem + ".json")), () -> row[0] + "\n" + run);
            } else {
                assertTrue(run.err().contains("  " + file), () -> row[0] + " is not listed\n" + run);
            }
        }
        assertNoStackTrace(run);
    }

    private static Path resolve(String file) {
        return file.startsWith(GENERATED) ? generated.resolve(file.substring(GENERATED.length())) : CORPUS.resolve(file);
    }

    private static void assertNoStackTrace(CliRun run) {
        assertFalse(run.err().contains("\tat ") || run.err().contains("Exception"), run::toString);
    }
}
