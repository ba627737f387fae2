package org.gapcheck.engine;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.gapcheck.catalogue.MetricKind;
import org.gapcheck.engine.fact.MetricValue;
import org.gapcheck.extract.MetricFact;
import org.gapcheck.extract.Period;
import org.gapcheck.extract.Scope;

/** Called by rules/derived.drl: a rate computed from a part and a whole the report states in one sentence. */
public final class DerivedRates {
    private DerivedRates() {}

    /** part / whole in percentage points, to two decimals. */
    public static BigDecimal percent(BigDecimal part, BigDecimal whole) {
        BigDecimal percent = part.multiply(BigDecimal.valueOf(100)).divide(whole, 2, RoundingMode.HALF_UP)
                .stripTrailingZeros();
        return percent.scale() < 0 ? percent.setScale(0) : percent;
    }

    /**
     * Whether a stated rate is further than rounding allows (one percentage point) from the rate its own counts give.
     */
    public static boolean disagrees(MetricValue rate, MetricValue part, MetricValue whole) {
        return percent(part.value(), whole.value()).subtract(rate.value()).abs().compareTo(BigDecimal.ONE) > 0;
    }

    /** The rate part / whole as a fact; its span runs from the first count to the second. */
    public static MetricValue of(int rate, MetricValue part, MetricValue whole) {
        BigDecimal percent = percent(part.value(), whole.value());
        MetricFact first = part.fact().start() <= whole.fact().start() ? part.fact() : whole.fact();
        MetricFact second = first == part.fact() ? whole.fact() : part.fact();
        MetricFact fact = new MetricFact(null, part.fact().name() + " / " + whole.fact().name(), percent, "%", "",
                Period.CURRENT, Scope.OWN, whole.section(), first.start(), Math.max(first.end(), second.end()),
                first.text() + " … " + second.text());
        return new MetricValue(rate, MetricKind.RATE, percent, Period.CURRENT, Scope.OWN, whole.section(),
                whole.sentence(), true, fact);
    }
}
