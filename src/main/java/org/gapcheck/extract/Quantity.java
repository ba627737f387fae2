package org.gapcheck.extract;

import java.math.BigDecimal;

/**
 * A number as a text states it: value, unit, hedge and what the unit measures. {@code start}/{@code end} are offsets into
 * the scanned string and cover any hedge (约 … 以上) and the unit.
 */
public record Quantity(BigDecimal value, String unit, String qualifier, Kind kind, int start, int end) {

    /** What a unit measures; a metric of a given kind only takes quantities of the matching kind. */
    public enum Kind { PERCENT, COUNT, MONEY, OTHER }
}
