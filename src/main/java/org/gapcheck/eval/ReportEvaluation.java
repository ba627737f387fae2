package org.gapcheck.eval;

import java.util.List;

/** The comparisons of one report with its gold, one per {@link Category} in that order. */
public record ReportEvaluation(String report, List<Comparison> comparisons) {

    public ReportEvaluation {
        comparisons = List.copyOf(comparisons);
    }

    public Comparison of(Category category) {
        return comparisons.stream().filter(c -> c.category() == category).findFirst().orElseThrow();
    }
}
