package org.gapcheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A rule-cache folder that is not the user's alone, through the real command line: the folder comes from the
 * environment, so each run is a JVM of its own with GAPCHECK_CACHE_DIR set.
 */
class UnsafeCacheFolderTest {
    private static final String SEED = "seeds/000_4257578ea403ef7a.txt";

    @TempDir
    Path dir;

    private record Run(int exitCode, String out, String err) {
        @Override
        public String toString() {
            return "exit " + exitCode + "\n--- out\n" + out + "\n--- err\n" + err;
        }
    }

    @Test
    void aFolderOthersMayWriteToIsRefusedInOneLineNamingIt() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("shared cache"));
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxrwxrwx"));

        Run refused = gapcheck(folder, "check", SEED);
        assertEquals(Main.BAD_INPUT, refused.exitCode(), refused::toString);
        assertEquals("", refused.out(), refused::toString);
        assertEquals(List.of("规则缓存文件夹 " + folder + " 其他用户也可写入（权限 rwxrwxrwx），其中的已编译规则不可信："
                + "请执行 chmod go-w '" + folder + "'，或加 --no-cache 运行"), refused.err().lines().toList());
        assertEquals(List.of(), contents(folder), "nothing read or written there");

        Run withoutCache = gapcheck(folder, "check", SEED, "--no-cache");
        assertEquals(Main.OK, withoutCache.exitCode(), withoutCache::toString);
        assertTrue(withoutCache.out().contains("政府常务会议学法"), withoutCache::toString);
        assertEquals(List.of(), contents(folder));
    }

    @Test
    void aFolderOfAnotherUserIsRefusedInOneLineNamingIt() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("cache"));
        try {
            Files.setOwner(folder, folder.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName("54321"));
        } catch (IOException e) {
            Assumptions.abort("changing a folder's owner needs root");
        }

        Run refused = gapcheck(folder, "batch", "seeds", "--out", dir.resolve("out").toString());
        assertEquals(Main.BAD_INPUT, refused.exitCode(), refused::toString);
        List<String> lines = refused.err().lines().toList();
        assertEquals(1, lines.size(), refused::toString);
        assertTrue(lines.get(0).startsWith("规则缓存文件夹 " + folder + " 属于用户 54321，不属于当前用户 "), refused::toString);
        assertTrue(lines.get(0).endsWith("请设置环境变量 GAPCHECK_CACHE_DIR 改用自己的文件夹，或加 --no-cache 运行"),
                refused::toString);
        assertFalse(refused.err().contains("Exception"), refused::toString);
        assertFalse(Files.exists(dir.resolve("out")), "stopped before any report");
    }

    private static Run gapcheck(Path cacheFolder, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().put("GAPCHECK_CACHE_DIR", cacheFolder.toString());
        Path out = Files.createTempFile("gapcheck-out", ".txt");
        Path err = Files.createTempFile("gapcheck-err", ".txt");
        try {
            Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            if (!process.waitFor(120, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("gapcheck did not finish: " + command);
            }
            return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    private static List<Path> contents(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.toList();
        }
    }
}
