package org.gapcheck.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.TimeUnit;

/**
 * Another process holding a lock, as another gapcheck run would: locks the file its argument names, creating it if
 * need be, says {@code locked} and holds it until its standard input closes. {@link #start} runs it.
 */
final class LockHolder implements AutoCloseable {
    private final Process process;

    private LockHolder(Process process) {
        this.process = process;
    }

    public static void main(String[] args) throws IOException {
        try (FileChannel channel = FileChannel.open(Path.of(args[0]), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
             FileLock lock = channel.lock()) {
            System.out.println("locked");
            System.out.flush();
            while (System.in.read() >= 0) {
                // hold the lock until the test closes our input
            }
        }
    }

    /** Starts a JVM that holds a lock on {@code file} and returns once it does. */
    static LockHolder start(Path file) throws IOException {
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xshare:auto", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
                LockHolder.class.getName(), file.toString())
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        LockHolder holder = new LockHolder(process);
        InputStream out = process.getInputStream();
        StringBuilder said = new StringBuilder();
        for (int c = out.read(); c >= 0 && c != '\n'; c = out.read()) {
            said.append((char) c);
        }
        if (!said.toString().equals("locked")) {
            holder.close();
            throw new IllegalStateException("the lock holder did not start: " + said);
        }
        return holder;
    }

    /** Ends the holder (closing its input makes it let go) and waits until it has. */
    @Override
    public void close() throws IOException {
        process.getOutputStream().close();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
