package org.gapcheck.cli;

import java.io.PrintWriter;
import java.util.stream.Collectors;
import org.gapcheck.catalogue.CatalogueError;
import org.gapcheck.catalogue.CatalogueException;
import org.gapcheck.report.TerminalText;

/** Reports an expected failure (bad input, invalid catalogue) as Chinese lines, with a stack trace only on --debug. */
final class Failure {
    private Failure() {}

    static void report(PrintWriter err, String message, Exception cause, boolean debug) {
        err.println(visible(message, cause));
        if (debug && cause != null) {
            cause.printStackTrace(err);
        }
        err.flush();
    }

    /**
     * The message as the terminal should show it ({@link TerminalText}): one line, whatever a file name in it holds (a
     * name with a line break must not print a line of its own), except that a catalogue's errors keep a line each.
     */
    static String visible(String message, Exception cause) {
        if (cause instanceof CatalogueException catalogue) {
            String errors = catalogue.errors().stream().map(CatalogueError::toString).collect(Collectors.joining("\n"));
            if (message.endsWith("\n" + errors)) {
                return TerminalText.visible(message.substring(0, message.length() - errors.length() - 1)) + "\n"
                        + catalogue.errors().stream().map(e -> TerminalText.visible(e.toString()))
                                .collect(Collectors.joining("\n"));
            }
        }
        return TerminalText.visible(message);
    }

    /**
     * What a worker's failure should be rethrown as on the thread that waits for it: its own unchecked exception or
     * error (out of memory reaches Main as such), anything else wrapped.
     */
    static RuntimeException unwrapped(Throwable workerFailure) {
        Throwable cause = workerFailure.getCause() == null ? workerFailure : workerFailure.getCause();
        if (cause instanceof Error error) {
            throw error;
        }
        return cause instanceof RuntimeException r ? r : new IllegalStateException(cause);
    }
}
