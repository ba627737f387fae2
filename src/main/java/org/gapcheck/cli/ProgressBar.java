package org.gapcheck.cli;

import java.io.PrintWriter;
import org.gapcheck.report.DisplayWidth;

/**
 * A one-line progress bar redrawn in place with {@code \r}, e.g. {@code [######....] 3/5 已完成 · 1 个无法读取}. It draws
 * only on a terminal: a log, a pipe or a test gets nothing, so the output stays clean text.
 */
final class ProgressBar {
    private static final int CELLS = 20;

    private final PrintWriter out;
    private final int total;
    private final boolean enabled;
    private int drawnWidth;

    ProgressBar(PrintWriter out, int total, boolean enabled) {
        this.out = out;
        this.total = total;
        this.enabled = enabled;
    }

    /** On when the program talks to a terminal (Java 17: System.console() exists only when stdin and stdout are one). */
    static boolean terminal() {
        return System.console() != null;
    }

    void update(int done, int failed) {
        if (!enabled) {
            return;
        }
        String line = line(done, total, failed);
        int width = DisplayWidth.of(line);
        out.print("\r" + line + " ".repeat(Math.max(0, drawnWidth - width)));
        out.flush();
        drawnWidth = Math.max(drawnWidth, width);
    }

    /** Wipes the bar so that what is printed next starts on a clean line. */
    void clear() {
        if (!enabled || drawnWidth == 0) {
            return;
        }
        out.print("\r" + " ".repeat(drawnWidth) + "\r");
        out.flush();
        drawnWidth = 0;
    }

    static String line(int done, int total, int failed) {
        int filled = total == 0 ? CELLS : (int) ((long) done * CELLS / total);
        StringBuilder s = new StringBuilder("[");
        // ASCII cells: block characters are East Asian Ambiguous, drawn two columns wide by many Chinese terminals.
        s.append("#".repeat(filled)).append(".".repeat(CELLS - filled)).append("] ");
        s.append(done).append('/').append(total).append(" 已完成");
        if (failed > 0) {
            s.append(" · ").append(failed).append(" 个无法读取");
        }
        return s.toString();
    }
}
