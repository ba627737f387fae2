package org.gapcheck.cli;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * A batch's hold on its output folder, so that two batches never write into one folder at the same time (their reports,
 * matrix and ranking would mix). The lock is on {@code .gapcheck.lock} in the folder; the operating system drops it when
 * the process ends, however it ends, so a killed run never blocks the next one. The file itself is left in place:
 * deleting it would let a third run lock a new file while a second still holds the old one.
 */
final class OutputLock implements AutoCloseable {
    static final String FILE_NAME = ".gapcheck.lock";

    private final FileChannel channel;

    private OutputLock(FileChannel channel) {
        this.channel = channel;
    }

    /** The lock on {@code dir}, or null when another run (in this process or another) holds it. */
    static OutputLock tryTake(Path dir) throws IOException {
        FileChannel channel = FileChannel.open(dir.resolve(FILE_NAME), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null;   // held by another batch of this JVM (the tests run several in one process)
        } catch (IOException e) {
            // A file system without locks (some network mounts): the batch runs unguarded rather than not at all.
            return new OutputLock(channel);
        }
        if (lock == null) {
            channel.close();
            return null;
        }
        return new OutputLock(channel);
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }
}
