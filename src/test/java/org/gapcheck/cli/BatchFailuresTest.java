package org.gapcheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad files are listed at the end and every good report is still processed; bad setups stop before any work. */
class BatchFailuresTest {

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
        int listed = err.indexOf("以下 3 个文件无法读取：");
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
}
