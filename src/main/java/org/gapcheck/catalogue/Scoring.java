package org.gapcheck.catalogue;

import java.math.BigDecimal;

/**
 * How verdicts turn into points: each indicator is worth its {@code points} (or {@code defaultPoints}), and a verdict
 * earns that share of them. 需实地核查 and 不适用 always leave the denominator, so they have no credit here.
 */
public record Scoring(BigDecimal defaultPoints, BigDecimal met, BigDecimal partial, BigDecimal gap, BigDecimal noEvidence) {

    /** Equal points; 达标 full credit, 部分 half, 未达标 and 无佐证 none. */
    public static final Scoring DEFAULT = new Scoring(BigDecimal.ONE, BigDecimal.ONE, new BigDecimal("0.5"),
            BigDecimal.ZERO, BigDecimal.ZERO);
}
