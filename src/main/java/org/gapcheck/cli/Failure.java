package org.gapcheck.cli;

import java.io.PrintWriter;

/** Reports an expected failure (bad input, invalid catalogue) as Chinese lines, with a stack trace only on --debug. */
final class Failure {
    private Failure() {}

    static void report(PrintWriter err, String message, Exception cause, boolean debug) {
        err.println(message);
        if (debug && cause != null) {
            cause.printStackTrace(err);
        }
        err.flush();
    }
}
