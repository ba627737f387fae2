package org.gapcheck.engine.fact;

import java.math.BigDecimal;
import org.gapcheck.catalogue.MetricKind;
import org.gapcheck.extract.MetricFact;
import org.gapcheck.extract.Period;
import org.gapcheck.extract.Scope;
import org.gapcheck.ingest.SectionKind;

/**
 * A metric fact keyed by its catalogue number (see SymbolTable; 0 and a null kind for a quantity the catalogue does not
 * judge), with the fields rules constrain on.
 */
public record MetricValue(int metric, MetricKind kind, BigDecimal value, Period period, Scope scope, SectionKind section, MetricFact fact) {

    public static MetricValue of(int metric, MetricKind kind, MetricFact fact) {
        return new MetricValue(metric, kind, fact.value(), fact.period(), fact.scope(), fact.section(), fact);
    }
}
