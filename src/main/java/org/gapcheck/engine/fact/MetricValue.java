package org.gapcheck.engine.fact;

import java.math.BigDecimal;
import org.gapcheck.catalogue.LedgerFact;
import org.gapcheck.catalogue.MetricKind;
import org.gapcheck.extract.MetricFact;
import org.gapcheck.extract.Period;
import org.gapcheck.extract.Scope;
import org.gapcheck.ingest.SectionKind;

/**
 * A metric value keyed by its catalogue number (see SymbolTable; 0 and a null kind for a quantity the catalogue does
 * not judge), with the fields rules constrain on. A value from the text has its {@code fact} and the number of the
 * {@code sentence} it stands in (so that rules relate only counts stated together); {@code derived} marks a rate the
 * rules computed from two counts. A value from the office's ledger has {@code ledger} instead, no fact, no section and
 * sentence -1: rules that read {@code fact} must ask for {@code ledger == null}.
 */
public record MetricValue(int metric, MetricKind kind, BigDecimal value, Period period, Scope scope, SectionKind section,
                          int sentence, boolean derived, MetricFact fact, LedgerFact ledger) {

    public MetricValue(int metric, MetricKind kind, BigDecimal value, Period period, Scope scope, SectionKind section,
                       int sentence, boolean derived, MetricFact fact) {
        this(metric, kind, value, period, scope, section, sentence, derived, fact, null);
    }

    public static MetricValue of(int metric, MetricKind kind, MetricFact fact, int sentence) {
        return new MetricValue(metric, kind, fact.value(), fact.period(), fact.scope(), fact.section(), sentence, false,
                fact);
    }

    /** A ledger value counts for the report's own current year, like a value the report states for itself. */
    public static MetricValue ofLedger(int metric, MetricKind kind, LedgerFact ledger) {
        return new MetricValue(metric, kind, ledger.value(), Period.CURRENT, Scope.OWN, null, -1, false, null, ledger);
    }

    public String unit() {
        return ledger != null ? ledger.unit() : fact.unit();
    }
}
