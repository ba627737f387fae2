package org.gapcheck.cli;

import java.util.List;
import org.gapcheck.engine.Verdict;

/** How far down the verdict list --fail-on reaches: gap counts GAP only, partial adds PARTIAL, and so on. */
enum FailOn {
    none(List.of()),
    gap(List.of(Verdict.GAP)),
    partial(List.of(Verdict.GAP, Verdict.PARTIAL)),
    no_evidence(List.of(Verdict.GAP, Verdict.PARTIAL, Verdict.NO_EVIDENCE));

    private final List<Verdict> failing;

    FailOn(List<Verdict> failing) {
        this.failing = failing;
    }

    boolean fails(Verdict verdict) {
        return failing.contains(verdict);
    }
}
