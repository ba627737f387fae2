package org.gapcheck.catalogue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

/**
 * A third-level indicator. {@code code} (e.g. LEADER_COURT_APPEARANCE) is the stable key; {@code no} is the number in the
 * official table, which a user may correct without touching rules or tests.
 */
public record Indicator(
        int no,
        String code,
        String level1,
        String level2,
        String title,
        String requirement,
        Provenance provenance,
        Set<UnitLevel> appliesTo,
        BigDecimal points,
        List<Check> checks,
        String remedy) {

    public Indicator {
        appliesTo = Set.copyOf(appliesTo);
        checks = List.copyOf(checks);
    }

    /** The rule-name stem, e.g. I061 for indicator 61. */
    public String ruleStem() {
        return ruleStem(no);
    }

    /** Built by hand rather than with String.format, which costs more than a whole rule firing. */
    public static String ruleStem(int no) {
        String digits = Integer.toString(no);
        return "I" + "000".substring(Math.min(3, digits.length())) + digits;
    }
}
