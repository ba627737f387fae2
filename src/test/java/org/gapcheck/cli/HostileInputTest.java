package org.gapcheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.gapcheck.report.CsvRows;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * check, batch and compare over a seed copied under file names that try to act where gapcheck writes them — a
 * spreadsheet formula, a line break faking a line of gapcheck's own — and with sentences added that do the same in the
 * report's text: a formula, an HTML tag, a terminal escape and a bell, and a sentence longer than an Excel cell holds.
 */
class HostileInputTest {
    private static final String FAKE_LINE = "已检查 1 份报告，全部达标";
    private static final String FORMULA_NAME = "=HYPERLINK(\"x.example\",\"y\").txt";
    private static final String LINE_NAME = "\n" + FAKE_LINE + "\n.txt";
    private static final String SKIPPED_NAME = "clear\u001b[2J.xyz";
    private static final String HOSTILE_SENTENCES = "@SUM(1+1)全区<img src=x onerror=alert(1)>行政执法公示制度全面推行。\n"
            + "\u001b[8m全区重大行政决策合法性审查率达到100%\u0007。\n"
            + "全区推行权责清单制度" + "并持续加强".repeat(8000) + "。\n";
    /** What a terminal would act on: every C0 control but tab and line feed, DEL, C1, the bidi controls. */
    private static final Pattern ACTING = Pattern.compile("[\\x00-\\x08\\x0B-\\x1F\\x7F-\\x9F\\u202A-\\u202E\\u2066-\\u2069]");
    private static final Pattern FORMULA = Pattern.compile("[=+\\-@\\t\\r].*", Pattern.DOTALL);
    private static final Pattern NUMBER = Pattern.compile("[+-]?\\d+(\\.\\d+)?");

    @TempDir
    static Path dir;
    static Path in;

    @BeforeAll
    static void hostileFolder() throws IOException {
        in = Files.createDirectories(dir.resolve("in"));
        String seed = Files.readString(Path.of("seeds/001_2dee9f555e64716b.txt"));
        String hostile = seed.replace("一、主要举措和成效\n", "一、主要举措和成效\n" + HOSTILE_SENTENCES);
        assertNotEquals(seed, hostile);
        Files.writeString(in.resolve(FORMULA_NAME), seed);
        Files.writeString(in.resolve(LINE_NAME), hostile);
        Files.writeString(in.resolve(SKIPPED_NAME), "不是报告");
    }

    @Test
    void checkOnTheConsoleShowsNamesAndTextAndActsOnNone() {
        CliRun run = CliRun.of("check", in.toString());
        assertEquals(0, run.exitCode(), run::toString);
        assertShownNotActedOn(run);
        assertTrue(run.out().lines().anyMatch(l -> l.startsWith("━━ ") && l.endsWith("  \\n" + FAKE_LINE + "\\n.txt")),
                run::toString);
        assertTrue(run.out().contains("「\\x1b[8m全区重大行政决策合法性审查率达到100%\\x07。」\n"), run::toString);
        assertTrue(run.err().contains("\n  " + in.resolve("clear\\x1b[2J.xyz") + "\n"), run::toString);
    }

    @Test
    void checkAsCsvHasNoFieldASpreadsheetWouldRun() throws IOException {
        Path csv = dir.resolve("gaps.csv");
        CliRun run = CliRun.of("check", in.toString(), "--format", "csv", "-o", csv.toString());
        assertEquals(0, run.exitCode(), run::toString);
        List<List<String>> rows = CsvRows.parse(Files.readString(csv, StandardCharsets.UTF_8).substring(1));
        assertEquals(201, rows.size(), "a header and 100 indicators per report, each line break inside its field");
        assertNoFormula(rows);
        assertTrue(rows.stream().anyMatch(r -> r.get(0).equals("'" + FORMULA_NAME)));
        assertTrue(rows.stream().anyMatch(r -> r.get(0).equals(LINE_NAME) && r.get(2).equals("43")
                && r.get(9).startsWith("'@SUM(1+1)全区<img")), "现状（佐证） of indicator 43");
    }

    @Test
    void checkAsMarkdownShowsTheTagAsText() {
        CliRun run = CliRun.of("check", in.toString(), "--format", "md");
        assertEquals(0, run.exitCode(), run::toString);
        assertShownNotActedOn(run);
        assertFalse(run.out().contains("<img"));
        assertTrue(run.out().contains("| @SUM(1+1)全区&lt;img src=x onerror=alert(1)&gt;行政执法公示制度全面推行 |"));
        assertTrue(run.out().contains("- 报告文件： " + FAKE_LINE + " .txt\n"), "the name's line breaks are spaces");
    }

    @Test
    void checkAsXlsxCutsTheSentenceNoCellHolds() throws IOException {
        Path xlsx = dir.resolve("整改台账.xlsx");
        CliRun run = CliRun.of("check", in.toString(), "--format", "xlsx", "-o", xlsx.toString());
        assertEquals(0, run.exitCode(), run::toString);
        assertEquals("", run.err().lines().filter(l -> l.contains("内部错误")).findFirst().orElse(""));
        List<String> cut = new ArrayList<>();
        try (XSSFWorkbook book = new XSSFWorkbook(xlsx.toFile())) {
            for (Sheet sheet : book) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        assertNotEquals(CellType.FORMULA, cell.getCellType());
                        if (cell.getCellType() == CellType.STRING && cell.getStringCellValue().length() > 30_000) {
                            cut.add(cell.getStringCellValue());
                        }
                    }
                }
            }
        } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
            throw new AssertionError(e);
        }
        assertEquals(1, cut.size(), "indicator 5 of the report with the long sentence");
        assertEquals(32_767, cut.get(0).length());
        assertTrue(cut.get(0).startsWith("全区推行权责清单制度并持续加强"));
        assertTrue(cut.get(0).endsWith("…（已截断，共 40010 字）"));
    }

    @Test
    void batchWritesEveryFileAndItsRankingFakesNoLine() throws IOException {
        Path out = dir.resolve("batch");
        CliRun run = CliRun.of("batch", in.toString(), "--out", out.toString());
        assertEquals(0, run.exitCode(), run::toString);
        assertShownNotActedOn(run);
        List<String> lines = run.out().lines().toList();
        assertEquals(List.of(), lines.stream().filter(l -> l.startsWith(FAKE_LINE)).toList());
        assertTrue(lines.get(lines.size() - 1).startsWith("已检查 2 份报告。"), run::toString);
        assertTrue(lines.stream().anyMatch(l -> l.endsWith("  \\n" + FAKE_LINE + "\\n")), run::toString);
        assertTrue(lines.stream().anyMatch(l -> l.endsWith("  =HYPERLINK(\"x.example\",\"y\")")), run::toString);
        assertTrue(run.err().contains("\n  " + in.resolve("clear\\x1b[2J.xyz") + "\n"), run::toString);

        for (String file : List.of("ranking.csv", "matrix.csv")) {
            List<List<String>> rows = CsvRows.parse(Files.readString(out.resolve(file)).substring(1));
            assertEquals(3, rows.size(), file);
            assertNoFormula(rows);
            assertTrue(rows.stream().anyMatch(r -> r.get(1).equals("'=HYPERLINK(\"x.example\",\"y\")")), file);
        }
        try (Stream<Path> reports = Files.list(out.resolve("reports"))) {
            assertEquals(2, reports.filter(p -> p.toString().endsWith(".xlsx")).count(), "the long sentence's too");
        }
        assertTrue(Files.size(out.resolve("matrix.xlsx")) > 0);
    }

    @Test
    void compareShowsBothNamesAndTheNewEvidenceAsText() {
        CliRun console = CliRun.of("compare", in.resolve(FORMULA_NAME).toString(), in.resolve(LINE_NAME).toString());
        assertEquals(0, console.exitCode(), console::toString);
        assertShownNotActedOn(console);
        List<String> lines = console.out().lines().toList();
        assertTrue(lines.get(1).startsWith("旧  ") && lines.get(1).endsWith("  " + FORMULA_NAME), lines.get(1));
        assertTrue(lines.get(2).startsWith("新  ") && lines.get(2).endsWith("\\n" + FAKE_LINE + "\\n.txt"), lines.get(2));
        assertTrue(lines.contains("          「\\x1b[8m全区重大行政决策合法性审查率达到100%\\x07。」"), console::toString);

        CliRun md = CliRun.of("compare", in.resolve(FORMULA_NAME).toString(), in.resolve(LINE_NAME).toString(),
                "--format", "md");
        assertEquals(0, md.exitCode(), md::toString);
        assertShownNotActedOn(md);
        assertFalse(md.out().contains("<img"));
        assertTrue(md.out().contains(" | 「@SUM(1+1)全区&lt;img src=x onerror=alert(1)&gt;行政执法公示制度全面推行。」 |"));
    }

    @Test
    void errorLinesShowTheFileNameTheyName() throws IOException {
        Path missing = in.resolve("missing\u001b[8m\n" + FAKE_LINE + ".txt");
        CliRun check = CliRun.of("check", missing.toString());
        assertEquals(3, check.exitCode(), check::toString);
        assertShownNotActedOn(check);
        assertEquals(1, check.err().lines().count(), check::toString);
        assertTrue(check.err().startsWith(in.resolve("missing\\x1b[8m\\n" + FAKE_LINE + ".txt") + "："), check::toString);

        Path bad = Files.createDirectories(dir.resolve("bad"));
        Files.copy(Path.of("seeds/004_73f35b073ab9b22c.txt"), bad.resolve("004.txt"));
        Files.write(bad.resolve("\u001b]0;x\u0007\n" + FAKE_LINE + ".txt"), new byte[0]);
        CliRun batch = CliRun.of("batch", bad.toString(), "--out", dir.resolve("bad-out").toString(), "--formats", "json");
        assertEquals(3, batch.exitCode(), batch::toString);
        assertShownNotActedOn(batch);
        assertTrue(batch.err().contains(bad.resolve("\\x1b]0;x\\x07\\n" + FAKE_LINE + ".txt") + "："), batch::toString);

        Path catalogue = Files.writeString(dir.resolve("目录\u001b[8m.yaml"), "indicators: [\n");
        CliRun validate = CliRun.of("catalogue", "validate", catalogue.toString());
        assertEquals(3, validate.exitCode(), validate::toString);
        assertShownNotActedOn(validate);
        List<String> lines = validate.err().lines().toList();
        assertTrue(lines.size() >= 2 && lines.get(0).contains("目录\\x1b[8m.yaml") && lines.get(1).contains("目录\\x1b[8m.yaml"),
                "a catalogue's errors keep a line each: " + validate);

        CliRun usage = CliRun.of("check", "seeds", "--format", "csv\u001b[8m");
        assertEquals(2, usage.exitCode(), usage::toString);
        assertShownNotActedOn(usage);
        assertTrue(usage.err().contains("csv\\x1b[8m"), usage::toString);
    }

    private static void assertShownNotActedOn(CliRun run) {
        assertFalse(ACTING.matcher(run.out()).find(), () -> "stdout: " + run);
        assertFalse(ACTING.matcher(run.err()).find(), () -> "stderr: " + run);
        assertTrue(Stream.concat(run.out().lines(), run.err().lines()).noneMatch(l -> l.startsWith(FAKE_LINE)),
                run::toString);
    }

    private static void assertNoFormula(List<List<String>> rows) {
        for (List<String> row : rows) {
            for (String field : row) {
                assertFalse(FORMULA.matcher(field).matches() && !NUMBER.matcher(field).matches(), field);
            }
        }
    }
}
