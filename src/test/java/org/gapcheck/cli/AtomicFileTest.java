package org.gapcheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFileTest {

    @Test
    void aFailedWriteLeavesTheOldFileAndNoTemporaryFile(@TempDir Path dir) throws Exception {
        Path target = dir.resolve("gaps.html");
        Files.writeString(target, "old", StandardCharsets.UTF_8);
        assertThrows(IOException.class, () -> AtomicFile.write(target, out -> {
            out.write("half".getBytes(StandardCharsets.UTF_8));
            throw new IOException("disk full");
        }));
        assertEquals("old", Files.readString(target, StandardCharsets.UTF_8));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(1, files.count(), "the temporary file is removed");
        }
    }

    @Test
    void aNewFileIsReadableByOthersAndAReplacedOneKeepsItsPermissions(@TempDir Path dir) throws Exception {
        Path fresh = dir.resolve("new.html");
        AtomicFile.write(fresh, out -> out.write('x'));
        assertEquals("rw-r--r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(fresh)));

        Path kept = dir.resolve("kept.html");
        Files.writeString(kept, "old");
        Files.setPosixFilePermissions(kept, PosixFilePermissions.fromString("rw-rw----"));
        AtomicFile.write(kept, out -> out.write('y'));
        assertEquals("rw-rw----", PosixFilePermissions.toString(Files.getPosixFilePermissions(kept)));
    }

    @Test
    void aTargetWhoseNameAlmostFillsTheLimitStillGetsATemporaryFileThatFits(@TempDir Path dir) throws Exception {
        Path target = dir.resolve("整改台账".repeat(20) + "2023.xlsx");   // 249 bytes: .name + digits + .tmp would not fit
        List<String> temporary = new java.util.ArrayList<>();
        AtomicFile.write(target, out -> {
            try (Stream<Path> files = Files.list(dir)) {
                files.forEach(f -> temporary.add(f.getFileName().toString()));
            }
            out.write('x');
        });
        assertEquals("x", Files.readString(target));
        assertEquals(1, temporary.size(), temporary::toString);
        assertTrue(FileNames.utf8Length(temporary.get(0)) <= 255, temporary::toString);
        assertTrue(AtomicFile.temporaryOf(target).test(temporary.get(0)), temporary::toString);
    }

    @Test
    void aFileBeingWrittenIsLockedSoNoCleanerRemovesIt(@TempDir Path dir) throws Exception {
        Path target = dir.resolve("gaps.html");
        AtomicFile.write(target, out -> {
            assertEquals(0, AtomicFile.removeStale(dir, AtomicFile.temporaryOf(target), Duration.ZERO));
            out.write('x');
        });
        assertEquals("x", Files.readString(target));
    }

    @Test
    void removeStaleDeletesOnlyOldUnlockedTemporaryFilesOfTheTarget(@TempDir Path dir) throws Exception {
        Path target = dir.resolve("gaps.html");
        Path stale = old(dir.resolve(".gaps.html2562909866774381758.tmp"));
        Path young = Files.writeString(dir.resolve(".gaps.html11.tmp"), "half");
        Path locked = old(dir.resolve(".gaps.html12.tmp"));
        List<Path> notOurs = List.of(old(dir.resolve(".other.html13.tmp")), old(dir.resolve(".gaps.htmlx14.tmp")),
                old(dir.resolve(".gaps.html.tmp")), old(dir.resolve("gaps.html15.tmp")), old(target));
        int removed;
        try (FileChannel channel = FileChannel.open(locked, StandardOpenOption.WRITE); FileLock lock = channel.lock()) {
            removed = AtomicFile.removeStale(dir, AtomicFile.temporaryOf(target), Duration.ofMinutes(1));
        }
        assertEquals(1, removed);
        assertFalse(Files.exists(stale));
        assertTrue(Files.exists(young), "a minute old at most: maybe just created by another run");
        assertTrue(Files.exists(locked), "its writer holds it");
        notOurs.forEach(f -> assertTrue(Files.exists(f), f::toString));
    }

    private static Path old(Path file) throws IOException {
        Files.writeString(file, "half");
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().minusSeconds(600)));
        return file;
    }
}
