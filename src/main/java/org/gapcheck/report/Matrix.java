package org.gapcheck.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.gapcheck.catalogue.Indicator;
import org.gapcheck.engine.Assessment;
import org.gapcheck.engine.IndicatorResult;
import org.gapcheck.engine.Verdict;

/**
 * The evaluator's view of a batch: one row per submission, one verdict per indicator in catalogue order. Rows keep no
 * report text, so that a batch of thousands of reports stays small in memory.
 */
public record Matrix(List<Indicator> indicators, List<Row> rows) {

    public Matrix {
        indicators = List.copyOf(indicators);
        rows = List.copyOf(rows);
    }

    /** One submission: its name (a file or a folder), the unit and year the report names, score and verdicts. */
    public record Row(String submission, String unit, Integer year, BigDecimal score, List<Verdict> verdicts) {
        public Row {
            verdicts = List.copyOf(verdicts);
        }

        public static Row of(String submission, Assessment a) {
            return new Row(submission, a.facts().document().unit(), a.facts().document().year(), a.score().percent(),
                    a.indicators().stream().map(IndicatorResult::verdict).toList());
        }

        public long count(Verdict verdict) {
            long count = 0;
            for (Verdict v : verdicts) {
                if (v == verdict) {
                    count++;
                }
            }
            return count;
        }
    }

    /** A row with its place; equal scores share a place (1, 2, 2, 4). */
    public record Ranked(int rank, Row row) {}

    /** Best score first; on equal scores fewer 未达标 first, then by name. Rows without a score come last. */
    public List<Ranked> ranking() {
        List<Row> ordered = new ArrayList<>(rows);
        ordered.sort(Comparator.comparing(Row::score, Comparator.nullsLast(Comparator.<BigDecimal>reverseOrder()))
                .thenComparingLong(r -> r.count(Verdict.GAP))
                .thenComparing(Row::submission));
        List<Ranked> ranked = new ArrayList<>();
        for (int i = 0; i < ordered.size(); i++) {
            Row row = ordered.get(i);
            boolean tied = i > 0 && ordered.get(i - 1).score() != null && row.score() != null
                    && ordered.get(i - 1).score().compareTo(row.score()) == 0;
            ranked.add(new Ranked(tied ? ranked.get(i - 1).rank() : i + 1, row));
        }
        return ranked;
    }
}
