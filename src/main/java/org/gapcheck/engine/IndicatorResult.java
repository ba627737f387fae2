package org.gapcheck.engine;

import java.math.BigDecimal;
import java.util.List;
import org.gapcheck.catalogue.Indicator;

/**
 * The verdict on one indicator. {@code rule} names the check rule (I061.c1) or verdict rule that decided it;
 * {@code threshold}, {@code value}, {@code unit} and {@code shortfall} are set when a metric decided it
 * (shortfall only for GAP: how far the value is from the threshold); {@code derived} when that value was computed from
 * two counts the report states rather than stated itself.
 */
public record IndicatorResult(
        Indicator indicator,
        Verdict verdict,
        String rule,
        String verdictRule,
        BigDecimal threshold,
        BigDecimal value,
        String unit,
        BigDecimal shortfall,
        boolean derived,
        List<CheckOutcome> checks,
        List<Evidence> evidence) {

    public IndicatorResult {
        checks = List.copyOf(checks);
        evidence = List.copyOf(evidence);
    }
}
