package org.gapcheck.cli;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;

/**
 * CPU time per pipeline stage, summed over every report and worker thread (--profile): which stage to attack next.
 * Thread CPU time, not wall time, so that parallel workers and waiting on the disk do not blur the split.
 */
final class StageProfile {

    enum Stage {
        RULES_LOAD("规则加载"), INGEST("读取"), EXTRACT("抽取"), ENGINE("规则判定"), ASSEMBLE("结论整理"),
        REPORT("输出");

        final String label;

        Stage(String label) {
            this.label = label;
        }
    }

    /** A stage's work, which may throw what the stage throws. */
    @FunctionalInterface
    interface Work<T, E extends Exception> {
        T run() throws E;
    }

    /** A stage's work that yields nothing (writing the output). */
    @FunctionalInterface
    interface Step<E extends Exception> {
        void run() throws E;
    }

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private final boolean enabled;
    private final Map<Stage, LongAdder> nanos = new EnumMap<>(Stage.class);
    private final LongAdder reports = new LongAdder();

    private StageProfile(boolean enabled) {
        this.enabled = enabled;
        for (Stage stage : Stage.values()) {
            nanos.put(stage, new LongAdder());
        }
    }

    static StageProfile enabled(boolean on) {
        return new StageProfile(on);
    }

    static StageProfile off() {
        return new StageProfile(false);
    }

    <T, E extends Exception> T time(Stage stage, Work<T, E> work) throws E {
        if (!enabled) {
            return work.run();
        }
        long start = THREADS.getCurrentThreadCpuTime();
        try {
            return work.run();
        } finally {
            nanos.get(stage).add(THREADS.getCurrentThreadCpuTime() - start);
        }
    }

    <E extends Exception> void run(Stage stage, Step<E> step) throws E {
        time(stage, () -> {
            step.run();
            return null;
        });
    }

    void reportDone() {
        reports.increment();
    }

    void print(PrintWriter err) {
        if (!enabled) {
            return;
        }
        long total = nanos.values().stream().mapToLong(LongAdder::sum).sum();
        long n = Math.max(1, reports.sum());
        err.printf(Locale.ROOT, "各阶段 CPU 时间（%d 份报告）：%n", reports.sum());
        for (Stage stage : Stage.values()) {
            long ns = nanos.get(stage).sum();
            err.printf(Locale.ROOT, "  %-6s %9.1f ms  %5.1f%%  每份 %.2f ms%n", stage.label, ns / 1e6,
                    total == 0 ? 0 : 100.0 * ns / total, stage == Stage.RULES_LOAD ? 0 : ns / 1e6 / n);
        }
        err.flush();
    }
}
