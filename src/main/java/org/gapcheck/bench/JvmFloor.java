package org.gapcheck.bench;

/** The JVM floor of bench/run: starts from the same jar as gapcheck and does nothing. */
public final class JvmFloor {
    private JvmFloor() {}

    public static void main(String[] args) {
        // Nothing: the run's wall time is what any command pays before its first line of work.
    }
}
