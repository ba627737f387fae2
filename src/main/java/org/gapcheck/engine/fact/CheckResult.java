package org.gapcheck.engine.fact;

import java.math.BigDecimal;
import org.gapcheck.catalogue.Indicator;
import org.gapcheck.engine.Outcome;

/**
 * What one firing of a check rule concluded. {@code value} and {@code threshold} are set for metric checks;
 * {@code start}/{@code end} locate the evidence in the report (-1 when there is none). {@code derived} marks a value
 * the rules computed from two counts rather than one the report states; {@code ledger} names the ledger source of a
 * value the office added (null for the report's own values).
 */
public record CheckResult(
        int indicator,
        int check,
        Outcome outcome,
        BigDecimal value,
        BigDecimal threshold,
        String unit,
        int start,
        int end,
        boolean derived,
        String ledger) {

    public CheckResult(int indicator, int check, Outcome outcome, BigDecimal value, BigDecimal threshold, String unit,
                       int start, int end) {
        this(indicator, check, outcome, value, threshold, unit, start, end, false, null);
    }

    public String rule() {
        return Indicator.ruleStem(indicator) + ".c" + check;
    }

    public boolean hasEvidence() {
        return start >= 0 || ledger != null;
    }
}
