package org.gapcheck.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import org.gapcheck.engine.Verdict;
import org.junit.jupiter.api.Test;

class MatrixTest {

    private static Matrix.Row row(String name, String score, Verdict... verdicts) {
        return new Matrix.Row(name, "某区", 2023, score == null ? null : new BigDecimal(score), List.of(verdicts));
    }

    @Test
    void bestScoreFirstEqualScoresShareAPlaceAndFewerGapsBreakTheOrder() {
        Matrix matrix = new Matrix(List.of(), List.of(
                row("c", "40.0", Verdict.GAP, Verdict.MET),
                row("a", "50", Verdict.MET),
                row("none", null, Verdict.NOT_APPLICABLE),
                row("b", "40", Verdict.MET, Verdict.PARTIAL),
                row("d", "10", Verdict.GAP)));
        List<String> order = matrix.ranking().stream().map(r -> r.rank() + " " + r.row().submission()).toList();
        assertEquals(List.of("1 a", "2 b", "2 c", "4 d", "5 none"), order);
    }
}
