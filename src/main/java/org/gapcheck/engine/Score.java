package org.gapcheck.engine;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.gapcheck.catalogue.Scoring;

/**
 * Points earned out of points possible, under the catalogue's scoring. Indicators that need a site visit or do not
 * apply are left out of {@code possible}; a score is shown beside the verdicts, never instead of them.
 */
public record Score(BigDecimal earned, BigDecimal possible) {

    /** The score out of 100, or null when no indicator counted. */
    public BigDecimal percent() {
        if (possible.signum() == 0) {
            return null;
        }
        return earned.multiply(BigDecimal.valueOf(100)).divide(possible, 1, RoundingMode.HALF_UP);
    }

    static Score of(Iterable<IndicatorResult> results, Scoring scoring) {
        BigDecimal earned = BigDecimal.ZERO;
        BigDecimal possible = BigDecimal.ZERO;
        for (IndicatorResult r : results) {
            BigDecimal credit = switch (r.verdict()) {
                case MET -> scoring.met();
                case PARTIAL -> scoring.partial();
                case GAP -> scoring.gap();
                case NO_EVIDENCE -> scoring.noEvidence();
                case ON_SITE, NOT_APPLICABLE -> null;
            };
            if (credit != null) {
                earned = earned.add(r.indicator().points().multiply(credit));
                possible = possible.add(r.indicator().points());
            }
        }
        return new Score(earned, possible);
    }
}
