package org.gapcheck.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Writes an output file whole or not at all: to a temporary file beside it, then renamed over it. The temporary file is
 * {@code .<name><digits>.tmp}, the name cut to fit 255 bytes, and is locked while it is written, so that one left by a
 * killed run can be told from one being written and removed ({@link #removeStale}).
 */
final class AtomicFile {
    interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private static final Set<PosixFilePermission> READABLE_BY_ALL = PosixFilePermissions.fromString("rw-r--r--");
    private static final FileAttribute<Set<PosixFilePermission>> PRIVATE =
            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"));
    private static final String TEMP_SUFFIX = ".tmp";
    /** The dot, the most digits of an unsigned long and the suffix. */
    private static final int TEMP_OVERHEAD = 1 + 20 + TEMP_SUFFIX.length();
    /** What a temporary file has after the target's name; a file named so is one of ours (or of an older gapcheck's). */
    private static final Pattern TEMP_TAIL = Pattern.compile("\\d+" + Pattern.quote(TEMP_SUFFIX));
    private static final Set<OpenOption> CREATE_NEW = Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);

    private AtomicFile() {}

    static void write(Path target, Content content) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path dir = absolute.getParent();
        Files.createDirectories(dir);
        boolean posix = posix(dir);
        Path tmp;
        FileChannel channel;
        while (true) {
            tmp = dir.resolve(tempPrefix(absolute) + Long.toUnsignedString(ThreadLocalRandom.current().nextLong())
                    + TEMP_SUFFIX);
            try {
                channel = posix ? FileChannel.open(tmp, CREATE_NEW, PRIVATE) : FileChannel.open(tmp, CREATE_NEW);
            } catch (FileAlreadyExistsException e) {
                continue;
            }
            if (locked(channel)) {
                break;
            }
        }
        try {
            try (OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel))) {
                content.writeTo(out);
            } finally {
                channel.close();   // releases the lock; a channel must be closed before the file is renamed on Windows
            }
            if (posix) {
                shareable(tmp, absolute);
            }
            try {
                Files.move(tmp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /**
     * Locks a fresh file for as long as its channel is open; false, and the channel closed, in the rare case that a
     * cleaner is testing it at that moment, so that the writer tries another name.
     */
    private static boolean locked(FileChannel channel) throws IOException {
        FileLock lock = null;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            // this JVM's cleaner holds it
        }
        if (lock == null) {
            channel.close();
        }
        return lock != null;
    }

    /** {@code .<target's name>}, the name cut on a char boundary so that the temporary name fits in 255 bytes. */
    static String tempPrefix(Path target) {
        return "." + FileNames.truncated(String.valueOf(target.getFileName()), FileNames.MAX_BYTES - TEMP_OVERHEAD);
    }

    /** The names {@link #write} gives the temporary files of {@code target}. */
    static Predicate<String> temporaryOf(Path target) {
        String prefix = tempPrefix(target.toAbsolutePath());
        return name -> name.startsWith(prefix) && TEMP_TAIL.matcher(name).region(prefix.length(), name.length()).matches();
    }

    /** The names {@link #write} gives the temporary files of any target ending {@code .EXTENSION}. */
    static Predicate<String> temporaryWithExtension(Collection<String> extensions) {
        Pattern names = Pattern.compile("\\..+\\.(?:" + String.join("|", extensions.stream().map(Pattern::quote).toList())
                + ")" + TEMP_TAIL.pattern());
        return name -> names.matcher(name).matches();
    }

    /**
     * Deletes the temporary files in {@code dir} that a killed run left: named as {@code ours} accepts (see
     * {@link #temporaryOf}), older than {@code minAge} and locked by no one. Those being written are locked by their
     * writer (a killed writer's lock goes with it); the age keeps a file that was created a moment ago and not yet locked.
     *
     * @return how many were deleted
     */
    static int removeStale(Path dir, Predicate<String> ours, Duration minAge) throws IOException {
        int removed = 0;
        Instant youngest = Instant.now().minus(minAge);
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir,
                p -> ours.test(String.valueOf(p.getFileName())))) {
            for (Path tmp : entries) {
                try {
                    if (Files.isRegularFile(tmp) && !Files.getLastModifiedTime(tmp).toInstant().isAfter(youngest)
                            && unlocked(tmp)) {
                        Files.delete(tmp);
                        removed++;
                    }
                } catch (NoSuchFileException e) {
                    // another cleaner was quicker
                }
            }
        } catch (NoSuchFileException e) {
            return 0;
        }
        return removed;
    }

    /** Whether no writer holds the file's lock (tested by taking it for a moment). */
    private static boolean unlocked(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            FileLock lock = channel.tryLock();
            if (lock == null) {
                return false;
            }
            lock.release();
            return true;
        } catch (OverlappingFileLockException e) {
            return false;
        }
    }

    /** Why a file could not be written, in words for the user: the file system's reason for the common cases. */
    static String reason(IOException e) {
        String reason = e instanceof FileSystemException f && f.getReason() != null ? f.getReason() : e.getMessage();
        if (e instanceof AccessDeniedException) {
            return "没有写入权限";
        }
        if (e instanceof NoSuchFileException) {
            return "文件夹不存在";
        }
        if (reason == null) {
            return e.getClass().getSimpleName();
        }
        return switch (reason) {
            case "File name too long" -> "文件名过长";
            case "No space left on device" -> "磁盘空间不足";
            case "Disk quota exceeded" -> "超出磁盘配额";
            case "Read-only file system" -> "文件系统只读";
            case "Is a directory", "Directory not empty" -> "已有同名的文件夹";
            default -> reason;
        };
    }

    /** A failure that every other file in the same place would meet too: writing more is pointless. */
    static boolean failsEveryFile(IOException e) {
        String reason = e instanceof FileSystemException f && f.getReason() != null ? f.getReason() : e.getMessage();
        return reason != null && (reason.equals("No space left on device") || reason.equals("Disk quota exceeded")
                || reason.equals("Read-only file system"));
    }

    // Asked of the file system, not of each file's store: finding the store reads the mount table every time.
    private static boolean posix(Path dir) {
        return dir.getFileSystem().supportedFileAttributeViews().contains("posix");
    }

    /**
     * A temporary file is created private (rw-------); a report is meant to be passed on, so it gets the permissions of
     * the file it replaces, or rw-r--r-- like any new file under the usual umask.
     */
    private static void shareable(Path tmp, Path target) throws IOException {
        Set<PosixFilePermission> permissions = Files.exists(target)
                ? Files.getPosixFilePermissions(target) : READABLE_BY_ALL;
        Files.setPosixFilePermissions(tmp, permissions);
    }
}
