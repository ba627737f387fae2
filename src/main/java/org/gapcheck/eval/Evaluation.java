package org.gapcheck.eval;

import java.util.List;

/** The evaluation of a set of reports. */
public record Evaluation(List<ReportEvaluation> reports) {

    public Evaluation {
        reports = List.copyOf(reports);
    }

    public Score total(Category category) {
        return reports.stream().map(r -> r.of(category).score()).reduce(Score.ZERO, Score::plus);
    }
}
