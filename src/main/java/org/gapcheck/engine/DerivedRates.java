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

    /** part / whole in percentage points, to two decimals; the span runs from the first count to the second. */
    public static MetricValue of(int rate, MetricValue part, MetricValue whole) {
        BigDecimal percent = part.value().multiply(BigDecimal.valueOf(100))
                .divide(whole.value(), 2, RoundingMode.HALF_UP).stripTrailingZeros();
        if (percent.scale() < 0) {
            percent = percent.setScale(0);
        }
        MetricFact first = part.fact().start() <= whole.fact().start() ? part.fact() : whole.fact();
        MetricFact second = first == part.fact() ? whole.fact() : part.fact();
        MetricFact fact = new MetricFact(null, part.fact().name() + " / " + whole.fact().name(), percent, "%", "",
                Period.CURRENT, Scope.OWN, whole.section(), first.start(), Math.max(first.end(), second.end()),
                first.text() + " … " + second.text());
        return new MetricValue(rate, MetricKind.RATE, percent, Period.CURRENT, Scope.OWN, whole.section(),
                whole.sentence(), true, fact);
    }
}
