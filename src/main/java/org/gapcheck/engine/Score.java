package org.gapcheck.engine;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Points earned out of points possible. Indicators that need a site visit or do not apply are left out of
 * {@code possible}; a score is shown beside the verdicts, never instead of them.
 */
public record Score(BigDecimal earned, BigDecimal possible) {

    /** The score out of 100, or null when no indicator counted. */
    public BigDecimal percent() {
        if (possible.signum() == 0) {
            return null;
        }
        return earned.multiply(BigDecimal.valueOf(100)).divide(possible, 1, RoundingMode.HALF_UP);
    }

    static Score of(Iterable<IndicatorResult> results) {
        BigDecimal earned = BigDecimal.ZERO;
        BigDecimal possible = BigDecimal.ZERO;
        for (IndicatorResult r : results) {
            BigDecimal points = r.indicator().points();
            switch (r.verdict()) {
                case MET -> {
                    earned = earned.add(points);
                    possible = possible.add(points);
                }
                case PARTIAL -> {
                    earned = earned.add(points.divide(BigDecimal.valueOf(2)));
                    possible = possible.add(points);
                }
                case GAP, NO_EVIDENCE -> possible = possible.add(points);
                case ON_SITE, NOT_APPLICABLE -> { }
            }
        }
        return new Score(earned, possible);
    }
}
