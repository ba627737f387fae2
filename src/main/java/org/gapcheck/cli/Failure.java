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
