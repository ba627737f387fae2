package org.gapcheck.engine.fact;

import java.math.BigDecimal;
import org.gapcheck.catalogue.MetricKind;
import org.gapcheck.extract.MetricFact;
import org.gapcheck.extract.Period;
import org.gapcheck.extract.Scope;
import org.gapcheck.ingest.SectionKind;

/**
 * A metric fact keyed by its catalogue number (see SymbolTable; 0 and a null kind for a quantity the catalogue does not
 * judge), with the fields rules constrain on. {@code sentence} numbers the sentence it stands in (-1 unknown), so that
 * rules relate only counts stated together; {@code derived} marks a rate the rules computed from two counts.
 */
public record MetricValue(int metric, MetricKind kind, BigDecimal value, Period period, Scope scope, SectionKind section,
                          int sentence, boolean derived, MetricFact fact) {

    public static MetricValue of(int metric, MetricKind kind, MetricFact fact, int sentence) {
        return new MetricValue(metric, kind, fact.value(), fact.period(), fact.scope(), fact.section(), sentence, false,
                fact);
    }
}
