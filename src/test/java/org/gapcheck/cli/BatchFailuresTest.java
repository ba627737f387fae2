package org.gapcheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.gapcheck.engine.Assessment;
import org.gapcheck.report.Renderer;
import org.gapcheck.report.Renderers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Whatever fails for one report (reading it, a renderer, writing its files, memory) is listed at the end with its reason,
 * and every other report is still written, with the matrix and the ranking complete for them; bad setups, and an output
 * folder another batch is writing, stop before any work.
 */
class BatchFailuresTest {
    private static final List<String> SEEDS = List.of("000_4257578ea403ef7a", "001_2dee9f555e64716b",
            "004_73f35b073ab9b22c");

    @Test
    void emptyAndBinaryFilesAreListedAtTheEndAndTheGoodReportsStillWritten(@TempDir Path dir) throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.copy(Path.of("seeds/000_4257578ea403ef7a.txt"), in.resolve("000_4257578ea403ef7a.txt"));
        Files.copy(Path.of("seeds/004_73f35b073ab9b22c.txt"), in.resolve("004_73f35b073ab9b22c.txt"));
        Files.write(in.resolve("空白.txt"), new byte[0]);
        byte[] binary = new byte[512];
        IntStream.range(0, binary.length).forEach(i -> binary[i] = (byte) i);
        Files.write(in.resolve("扫描件.txt"), binary);
        Path folder = Files.createDirectories(in.resolve("分册"));
        Files.copy(Path.of("seeds/003_fa44101b5a90444e.txt"), folder.resolve("1.txt"));
        Files.writeString(folder.resolve("2.txt"), " \n\u3000\n");
        Files.write(in.resolve("现场照片.jpg"), new byte[] {'%', 'P', 'D', 'F'});
        Path out = dir.resolve("out");

        CliRun run = CliRun.of("batch", in.toString(), "--out", out.toString(), "--formats", "json,md");

        assertEquals(3, run.exitCode(), run::toString);
        List<String> err = run.err().lines().toList();
        int listed = err.indexOf("以下 3 份报告未能完成：");
        assertTrue(listed >= 0, run::toString);
        assertEquals("  " + in.resolve("分册/2.txt") + "：文件没有文字内容", err.get(listed + 1));
        assertEquals("  " + in.resolve("扫描件.txt") + "：文件含有二进制内容，不是纯文本", err.get(listed + 2));
        assertEquals("  " + in.resolve("空白.txt") + "：文件为空", err.get(listed + 3));
        assertTrue(run.err().contains("已跳过：\n  " + in.resolve("现场照片.jpg")), run::toString);

        for (String seed : List.of("000_4257578ea403ef7a", "004_73f35b073ab9b22c")) {
            assertTrue(Files.size(out.resolve("reports/" + seed + ".json")) > 0, seed);
            assertTrue(Files.size(out.resolve("reports/" + seed + ".md")) > 0, seed);
        }
        try (var reports = Files.list(out.resolve("reports"))) {
            assertEquals(4, reports.count(), "nothing for the bad files, no temporary files left");
        }
        assertEquals(3, Files.readAllLines(out.resolve("matrix.csv")).size(), "a header and the two good reports");
        assertEquals(3, run.out().lines().takeWhile(l -> !l.isBlank()).count(), run::toString);
    }

    @Test
    void aMissingFolderIsAClearMessageAndExitThree(@TempDir Path dir) {
        CliRun run = CliRun.of("batch", dir.resolve("nowhere").toString(), "--out", dir.resolve("out").toString());
        assertEquals(3, run.exitCode(), run::toString);
        assertEquals("找不到文件夹：" + dir.resolve("nowhere"), run.err().strip());
        assertFalse(Files.exists(dir.resolve("out")));
    }

    @Test
    void anInvalidCatalogueStopsBeforeAnyWork(@TempDir Path dir) {
        CliRun run = CliRun.of("batch", "seeds", "--out", dir.resolve("out").toString(),
                "--catalogue", "src/test/resources/catalogue/bad/duplicate_no.yaml");
        assertEquals(3, run.exitCode(), run::toString);
        assertTrue(run.err().contains("duplicate_no.yaml:34:9") && run.err().contains("重复的指标序号"), run::toString);
        assertFalse(Files.exists(dir.resolve("out")), "no output folder, no report read");
    }

    @Test
    void usageErrorsExitTwo(@TempDir Path dir) {
        CliRun noOut = CliRun.of("batch", "seeds");
        assertEquals(2, noOut.exitCode(), noOut::toString);
        assertTrue(noOut.err().contains("缺少必需的参数或选项：--out"), noOut::toString);

        CliRun badFormat = CliRun.of("batch", "seeds", "--out", dir.toString(), "--formats", "md,docx");
        assertEquals(2, badFormat.exitCode(), badFormat::toString);
        assertTrue(badFormat.err().contains("不支持的输出格式：docx"), badFormat::toString);

        CliRun outIsIn = CliRun.of("batch", "seeds", "--out", "seeds");
        assertEquals(2, outIsIn.exitCode(), outIsIn::toString);
        assertTrue(outIsIn.err().contains("输出文件夹不能就是报告文件夹"), outIsIn::toString);

        CliRun noJobs = CliRun.of("batch", "seeds", "--out", dir.toString(), "--jobs", "0");
        assertEquals(2, noJobs.exitCode(), noJobs::toString);
    }

    @Test
    void anHtmlBombAmongGoodReportsIsRefusedWithItsNameAndTheOthersAreWritten(@TempDir Path dir) throws Exception {
        Path in = seedsIn(dir);
        // 15.7 MB of unclosed <span><b>: under the 16 MB cap for a page, 3.6 million elements for the parser
        Path bomb = in.resolve("炸弹.html");
        int units = (int) (15.7 * 1024 * 1024) / "<span><b>".length();
        Files.writeString(bomb, "<html><body>" + "<span><b>".repeat(units), StandardCharsets.UTF_8);
        Path out = dir.resolve("out");

        CliRun run = CliRun.of("batch", in.toString(), "--out", out.toString(), "--formats", "json");

        assertEquals(3, run.exitCode(), run::toString);
        assertFailures(run, "  " + bomb + "：网页标签过多（超过 200000 个），不像是一份报告网页，已拒绝读取");
        assertEverySeedWritten(out, "json");
    }

    @Test
    void aReportWhoseFileNameHas245BytesIsWrittenUnderAShortenedName(@TempDir Path dir) throws Exception {
        Path in = seedsIn(dir);
        String longStem = "红".repeat(80) + "a";   // with .txt 245 bytes of UTF-8: too long for .stem.html123….tmp
        Files.copy(Path.of("seeds/003_fa44101b5a90444e.txt"), in.resolve(longStem + ".txt"));
        Path out = dir.resolve("out");

        CliRun run = CliRun.of("batch", in.toString(), "--out", out.toString(), "--formats", "html,xlsx,json");

        assertEquals(0, run.exitCode(), run::toString);
        Set<String> longOnes = fileNames(out.resolve("reports")).stream().filter(n -> n.startsWith("红"))
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(3, longOnes.size(), longOnes::toString);
        String shortened = FileNames.shortened(longStem, Submissions.MAX_OUTPUT_NAME_BYTES);
        assertEquals(Set.of(shortened + ".html", shortened + ".json", shortened + ".xlsx"), longOnes);
        assertTrue(shortened.startsWith("红".repeat(63)) && shortened.matches("红+~[0-9a-f]{8}"), shortened);
        assertEquals(4 * 3, fileNames(out.resolve("reports")).size(), "the seeds' files too, and nothing else");
        // the matrix and the ranking still name the report in full
        List<String> matrix = Files.readAllLines(out.resolve("matrix.csv"));
        assertEquals(5, matrix.size());
        assertTrue(matrix.stream().anyMatch(l -> l.split(",")[1].equals(longStem)), matrix::toString);
        assertEquals(5, run.out().lines().takeWhile(l -> !l.isBlank()).count(), run::toString);
    }

    @Test
    void aRendererThatThrowsFailsOnlyItsReport(@TempDir Path dir) throws Exception {
        Path in = seedsIn(dir);
        Path out = dir.resolve("out");

        CliRun run = batchWith(failing("xlsx", "001_", new IllegalArgumentException(
                "The maximum length of cell contents (text) is 32767 characters")),
                in.toString(), "--out", out.toString(), "--formats", "html,xlsx,json");

        assertEquals(3, run.exitCode(), run::toString);
        assertFailures(run, "  " + in.resolve("001_2dee9f555e64716b.txt") + "：生成 xlsx 输出时出现内部错误"
                + "（java.lang.IllegalArgumentException: The maximum length of cell contents (text) is 32767 characters）"
                + "，加 --debug 查看详细信息");
        assertWritten(out, List.of("000_4257578ea403ef7a", "004_73f35b073ab9b22c"), "html", "xlsx", "json");
        assertTrue(fileNames(out.resolve("reports")).stream().noneMatch(n -> n.startsWith("001_")),
                "its html, written before the xlsx failed, is removed: the folder agrees with the matrix");
    }

    @Test
    void runningOutOfMemoryOrStackOnOneReportFailsOnlyThatReport(@TempDir Path dir) throws Exception {
        Path in = seedsIn(dir);
        Path out = dir.resolve("out");
        Function<String, Optional<Renderer>> outOfMemory = failing("json", "000_", new OutOfMemoryError("Java heap space"));
        Function<String, Optional<Renderer>> both = format -> format.equals("html")
                ? failing("html", "004_", new StackOverflowError()).apply(format) : outOfMemory.apply(format);

        CliRun run = batchWith(both, in.toString(), "--out", out.toString(), "--formats", "html,json", "--jobs", "2");

        assertEquals(3, run.exitCode(), run::toString);
        assertFailures(run,
                "  " + in.resolve("000_4257578ea403ef7a.txt") + "：内存不足：处理这份报告超出了 Java 的内存上限，"
                        + "可设置环境变量 GAPCHECK_JAVA_OPTS=-Xmx2g 后重试",
                "  " + in.resolve("004_73f35b073ab9b22c.txt") + "：处理时栈溢出（内容的结构嵌套过深）");
        assertWritten(out, List.of("001_2dee9f555e64716b"), "html", "json");
    }

    @Test
    void anOutputThatCannotBeWrittenFailsOnlyItsReport(@TempDir Path dir) throws Exception {
        Path in = seedsIn(dir);
        Path out = dir.resolve("out");
        // a folder where the report's json belongs: the rename onto it fails, for this report only
        Path blocked = Files.createDirectories(out.resolve("reports/004_73f35b073ab9b22c.json"));
        Files.writeString(blocked.resolve("keep.txt"), "x");

        CliRun run = CliRun.of("batch", in.toString(), "--out", out.toString(), "--formats", "md,json");

        assertEquals(3, run.exitCode(), run::toString);
        assertFailures(run, "  " + in.resolve("004_73f35b073ab9b22c.txt") + "：无法写入 " + blocked + "（已有同名的文件夹）");
        assertWritten(out, List.of("000_4257578ea403ef7a", "001_2dee9f555e64716b"), "md", "json");
        assertFalse(Files.exists(out.resolve("reports/004_73f35b073ab9b22c.md")));
    }

    @Test
    void aSecondBatchOnAnOutputFolderInUseIsRefused(@TempDir Path dir) throws Exception {
        Path in = seedsIn(dir);
        Path out = Files.createDirectories(dir.resolve("out"));
        String refusal = "输出文件夹正由另一个 gapcheck batch 写入：" + out + "（等它结束后再运行，或换一个 --out）";

        try (LockHolder otherProcess = LockHolder.start(out.resolve(OutputLock.FILE_NAME))) {
            CliRun second = CliRun.of("batch", in.toString(), "--out", out.toString(), "--formats", "json");
            assertEquals(3, second.exitCode(), second::toString);
            assertEquals(refusal, second.err().strip());
            assertEquals("", second.out());
            assertFalse(Files.exists(out.resolve("reports")), "nothing written");
        }
        try (OutputLock sameProcess = OutputLock.tryTake(out)) {
            CliRun second = CliRun.of("batch", in.toString(), "--out", out.toString(), "--formats", "json");
            assertEquals(3, second.exitCode(), second::toString);
            assertEquals(refusal, second.err().strip());
        }
        CliRun afterwards = CliRun.of("batch", in.toString(), "--out", out.toString(), "--formats", "json");
        assertEquals(0, afterwards.exitCode(), afterwards::toString);
    }

    @Test
    void temporaryFilesAKilledRunLeftAreRemovedAndNoOthers(@TempDir Path dir) throws Exception {
        Path in = seedsIn(dir);
        Path out = dir.resolve("out");
        Path reports = Files.createDirectories(out.resolve("reports"));
        List<Path> stale = List.of(
                reports.resolve(".000_4257578ea403ef7a.html13794392827124958367.tmp"),   // as gapcheck 0.1 named them
                reports.resolve(".旧报告.xlsx42.tmp"),                                       // of a report gone since
                out.resolve(".matrix.xlsx2609993991962974193.tmp"),
                out.resolve(".ranking.csv7.tmp"));
        List<Path> others = List.of(reports.resolve(".笔记123.tmp"), reports.resolve("说明.txt"),
                out.resolve(".草稿.docx5.tmp"), out.resolve(".gaps.html5.tmp"));
        Path beingWritten = reports.resolve(".002_d9e95e2a48e67257.json88.tmp");
        for (Path file : Stream.concat(Stream.concat(stale.stream(), others.stream()), Stream.of(beingWritten)).toList()) {
            Files.writeString(file, "half");
            Files.setLastModifiedTime(file, FileTime.from(Instant.now().minusSeconds(3600)));
        }

        CliRun run;
        try (LockHolder writer = LockHolder.start(beingWritten)) {
            run = CliRun.of("batch", in.toString(), "--out", out.toString(), "--formats", "html,json");
        }

        assertEquals(0, run.exitCode(), run::toString);
        stale.forEach(f -> assertFalse(Files.exists(f), f + " is a leftover"));
        others.forEach(f -> assertTrue(Files.exists(f), f + " is not ours"));
        assertTrue(Files.exists(beingWritten), "locked: someone is writing it");
        assertEverySeedWritten(out, "html", "json");
    }

    /** Three seeds in dir/in. */
    private static Path seedsIn(Path dir) throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        for (String seed : SEEDS) {
            Files.copy(Path.of("seeds", seed + ".txt"), in.resolve(seed + ".txt"));
        }
        return in;
    }

    /** The per-report renderers, that of {@code format} throwing {@code failure} for the report whose name starts so. */
    private static Function<String, Optional<Renderer>> failing(String format, String namePrefix, Throwable failure) {
        return name -> Renderers.forFormat(name).map(real -> !name.equals(format) ? real : new Renderer() {
            @Override
            public void render(List<Assessment> assessments, OutputStream out) throws IOException {
                if (assessments.get(0).facts().document().name().startsWith(namePrefix)) {
                    if (failure instanceof Error e) {
                        throw e;
                    }
                    throw (RuntimeException) failure;
                }
                real.render(assessments, out);
            }

            @Override
            public String extension() {
                return real.extension();
            }
        });
    }

    private static CliRun batchWith(Function<String, Optional<Renderer>> renderers, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = new CommandLine(new BatchCommand(renderers));
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        int code = cli.execute(args);
        return new CliRun(code, out.toString(), err.toString());
    }

    /** The failure list names exactly these lines, in this order. */
    private static void assertFailures(CliRun run, String... lines) {
        List<String> err = run.err().lines().toList();
        int listed = err.indexOf("以下 " + lines.length + " 份报告未能完成：");
        assertTrue(listed >= 0, run::toString);
        assertEquals(List.of(lines), err.subList(listed + 1, listed + 1 + lines.length), run::toString);
        assertFalse(run.err().contains("\tat "), run::toString);
    }

    private static void assertEverySeedWritten(Path out, String... extensions) throws IOException {
        assertWritten(out, SEEDS, extensions);
    }

    /** Each of {@code names} has every output, and the matrix and the ranking file hold exactly them. */
    private static void assertWritten(Path out, List<String> names, String... extensions) throws IOException {
        for (String name : names) {
            for (String extension : extensions) {
                assertTrue(Files.size(out.resolve("reports/" + name + "." + extension)) > 0, name + "." + extension);
            }
        }
        List<String> matrix = Files.readAllLines(out.resolve("matrix.csv"));
        assertEquals(names.size() + 1, matrix.size(), "a header and a row per report: " + matrix);
        assertEquals(new TreeSet<>(names), matrix.stream().skip(1).map(l -> l.split(",")[1])
                .collect(Collectors.toCollection(TreeSet::new)));
        assertEquals(names.size() + 1, Files.readAllLines(out.resolve("ranking.csv")).size());
        try (Stream<Path> files = Files.list(out.resolve("reports"))) {
            assertTrue(files.map(f -> f.getFileName().toString()).noneMatch(f -> f.endsWith(".tmp")
                    && names.stream().anyMatch(n -> f.startsWith("." + n))), "no temporary file left");
        }
    }

    private static Set<String> fileNames(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).collect(Collectors.toCollection(TreeSet::new));
        }
    }
}
