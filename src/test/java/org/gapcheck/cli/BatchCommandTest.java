package org.gapcheck.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.gapcheck.report.MatrixRenderer;
import org.gapcheck.report.MatrixRenderers;
import org.gapcheck.report.Renderers;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** `gapcheck batch seeds --out DIR` on the five real reports: per-report files, the matrix, the ranking, exit 0. */
class BatchCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> SEEDS = List.of("000_4257578ea403ef7a", "001_2dee9f555e64716b",
            "002_d9e95e2a48e67257", "003_fa44101b5a90444e", "004_73f35b073ab9b22c");

    @TempDir
    static Path tmp;

    private static Path outTwoJobs;
    private static CliRun twoJobs;

    @BeforeAll
    static void runOnTheSeedsWithTwoWorkers() {
        outTwoJobs = tmp.resolve("out-2");
        twoJobs = CliRun.of("batch", "seeds", "--out", outTwoJobs.toString(), "--jobs", "2");
    }

    @Test
    void exitsZeroAndWritesEveryDefaultFormatForEverySeed() throws Exception {
        assertEquals(0, twoJobs.exitCode(), twoJobs::toString);
        String defaults = new CommandLine(new BatchCommand()).getCommandSpec().findOption("--formats").defaultValue();
        Set<String> extensions = Arrays.stream(defaults.split(","))
                .map(f -> Renderers.forFormat(f).orElseThrow().extension()).collect(Collectors.toSet());
        Set<String> expected = new TreeSet<>();
        for (String seed : SEEDS) {
            extensions.forEach(ext -> expected.add(seed + "." + ext));
        }
        assertEquals(expected, fileNames(outTwoJobs.resolve("reports")), "5 × each format, nothing else");
        for (String name : expected) {
            assertTrue(Files.size(outTwoJobs.resolve("reports").resolve(name)) > 1000, name);
        }
    }

    @Test
    void writesOneMatrixFilePerMatrixFormatWithEverySeedInRankingOrder() throws Exception {
        for (MatrixRenderer renderer : MatrixRenderers.all()) {
            Path matrix = outTwoJobs.resolve("matrix." + renderer.extension());
            assertTrue(Files.size(matrix) > 0, matrix::toString);
        }
        List<String> csv = Files.readAllLines(outTwoJobs.resolve("matrix.csv"));
        assertEquals(6, csv.size(), "a header and one row per seed");
        assertEquals(rankingNames(), csv.subList(1, 6).stream().map(l -> l.split(",")[1]).toList());
    }

    @Test
    void rankingListsTheSeedsByScoreWithTheScoresOfTheirJsonOutputs() throws Exception {
        List<String[]> rows = rankingRows();
        assertEquals(5, rows.size(), twoJobs::toString);
        assertEquals(new TreeSet<>(SEEDS), rows.stream().map(r -> r[10]).collect(Collectors.toCollection(TreeSet::new)));
        BigDecimal previous = null;
        for (int i = 0; i < rows.size(); i++) {
            String[] row = rows.get(i);
            JsonNode json = JSON.readTree(outTwoJobs.resolve("reports").resolve(row[10] + ".json").toFile());
            BigDecimal score = new BigDecimal(row[1]);
            assertEquals(0, json.get("score").decimalValue().compareTo(score), row[10]);
            assertEquals(json.get("unit").asText(), row[8]);
            assertEquals(Integer.toString(i + 1), row[0], "the seeds' scores all differ, so places run 1..5");
            assertTrue(previous == null || previous.compareTo(score) > 0, "best score first");
            previous = score;
            long gaps = 0;
            for (JsonNode indicator : json.get("indicators")) {
                gaps += indicator.get("verdict").asText().equals("GAP") ? 1 : 0;
            }
            assertEquals(Long.toString(gaps), row[2], "未达标 count of " + row[10]);
        }
        assertTrue(twoJobs.out().startsWith("名次  得分  未达标  部分  无佐证  需实地核查  达标  不适用  单位"), twoJobs::toString);
    }

    @Test
    void oneWorkerGivesTheSameFilesAndRankingAsTwo() throws Exception {
        Path outOneJob = tmp.resolve("out-1");
        CliRun oneJob = CliRun.of("batch", "seeds", "--out", outOneJob.toString(), "--jobs", "1");
        assertEquals(0, oneJob.exitCode(), oneJob::toString);
        List<Path> files = allFiles(outTwoJobs);
        assertEquals(files, allFiles(outOneJob));
        for (Path relative : files) {
            if (relative.toString().endsWith(".xlsx")) {
                // A workbook's zip entries carry the time they were written, so compare what the sheets hold.
                assertEquals(cells(outTwoJobs.resolve(relative)), cells(outOneJob.resolve(relative)), relative::toString);
            } else {
                assertArrayEquals(Files.readAllBytes(outTwoJobs.resolve(relative)),
                        Files.readAllBytes(outOneJob.resolve(relative)), relative::toString);
            }
        }
        assertEquals(twoJobs.out().replace(outTwoJobs.toString(), "OUT"), oneJob.out().replace(outOneJob.toString(), "OUT"));
    }

    @Test
    void printsNoProgressBarWhenNotOnATerminal() {
        assertFalse(twoJobs.err().contains("\r") || twoJobs.err().contains("已完成"), twoJobs::toString);
        assertEquals("", twoJobs.err());
    }

    /** Every sheet's cells as text, sheet by sheet and row by row. */
    private static List<String> cells(Path xlsx) throws Exception {
        List<String> cells = new ArrayList<>();
        DataFormatter format = new DataFormatter();
        try (XSSFWorkbook book = new XSSFWorkbook(xlsx.toFile())) {
            for (Sheet sheet : book) {
                cells.add("## " + sheet.getSheetName());
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        cells.add(cell.getAddress() + " " + format.formatCellValue(cell));
                    }
                }
            }
        }
        return cells;
    }

    private static List<String[]> rankingRows() {
        List<String[]> rows = new ArrayList<>();
        for (String line : twoJobs.out().lines().skip(1).toList()) {
            if (line.isBlank()) {
                break;
            }
            rows.add(line.trim().split("\\s+"));
        }
        return rows;
    }

    private static List<String> rankingNames() {
        return rankingRows().stream().map(r -> r[10]).toList();
    }

    private static Set<String> fileNames(Path dir) throws Exception {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).collect(Collectors.toCollection(TreeSet::new));
        }
    }

    private static List<Path> allFiles(Path dir) throws Exception {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile).map(dir::relativize).sorted().toList();
        }
    }
}
