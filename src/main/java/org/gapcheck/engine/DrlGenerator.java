package org.gapcheck.engine;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.gapcheck.catalogue.Catalogue;
import org.gapcheck.catalogue.Check;
import org.gapcheck.catalogue.Indicator;

/**
 * Compiles a catalogue into DRL, one rule per check, named after its indicator (I061.c1). The output is made only of
 * this class's own text, integers and numbers it re-validates here; ids appear in comments only after matching
 * {@link #SAFE_ID}. Metrics and topics are referred to by SymbolTable keys, so no catalogue text is ever a DRL literal.
 */
public final class DrlGenerator {
    public static final String PACKAGE = "org.gapcheck.rules";
    static final Pattern SAFE_ID = Pattern.compile("[A-Za-z0-9_.]+");
    private static final int CHECK_SALIENCE = 100;

    private final Catalogue catalogue;
    private final SymbolTable symbols;

    public DrlGenerator(Catalogue catalogue, SymbolTable symbols) {
        this.catalogue = catalogue;
        this.symbols = symbols;
    }

    /** The names of the rules {@link #generate()} writes, in order: exactly what the built rule base must contain. */
    public List<String> ruleNames() {
        List<String> names = new ArrayList<>();
        for (Indicator indicator : catalogue.indicators()) {
            for (int c = 1; c <= indicator.checks().size(); c++) {
                names.add(ruleName(indicator, c));
            }
        }
        return names;
    }

    public String generate() {
        StringBuilder drl = new StringBuilder();
        drl.append("// Generated from the criteria catalogue, one rule per check. Do not edit.\n");
        drl.append("package ").append(PACKAGE).append(";\n\n");
        for (String type : List.of("java.math.BigDecimal", "org.gapcheck.engine.Checks",
                "org.gapcheck.engine.fact.MetricValue", "org.gapcheck.engine.fact.MissingPart",
                "org.gapcheck.engine.fact.TopicMention",
                "org.gapcheck.engine.fact.ReportInfo", "org.gapcheck.extract.Period", "org.gapcheck.extract.Polarity",
                "org.gapcheck.extract.Scope", "org.gapcheck.ingest.SectionKind")) {
            drl.append("import ").append(type).append(";\n");
        }
        for (Indicator indicator : catalogue.indicators()) {
            drl.append("\n// ").append(indicator.ruleStem()).append(' ').append(safe(indicator.code())).append('\n');
            for (int c = 1; c <= indicator.checks().size(); c++) {
                appendRule(drl, indicator, c, indicator.checks().get(c - 1));
            }
        }
        return drl.toString();
    }

    private void appendRule(StringBuilder drl, Indicator indicator, int c, Check check) {
        int no = indicator.no();
        drl.append("rule \"").append(ruleName(indicator, c)).append("\" salience ").append(CHECK_SALIENCE).append('\n');
        drl.append("    when\n        ");
        switch (check.type()) {
            case METRIC_AT_LEAST, METRIC_AT_MOST, METRIC_ZERO -> drl
                    .append("$v : MetricValue( period == Period.CURRENT, scope == Scope.OWN, section != SectionKind.PLANS, ")
                    .append("metric == ").append(metricKey(check)).append(" )")
                    .append("  // ").append(safe(check.metric())).append('\n')
                    // A ledger value answers only what the report leaves open: it never replaces a figure the report
                    // gives for its own current year (the disagreement is a finding of report.drl).
                    .append("        not MetricValue( ledger == null, period == Period.CURRENT, scope == Scope.OWN, ")
                    .append("section != SectionKind.PLANS, metric == ").append(metricKey(check))
                    .append(", $v.ledger != null )\n");
            case MENTIONED -> topicPattern(drl, check, "polarity == Polarity.DONE, section != SectionKind.PLANS");
            case NOT_ADMITTED_GAP -> topicPattern(drl, check, "polarity == Polarity.ADMITTED");
            case NOT_REPORTED -> topicPattern(drl, check, "polarity != Polarity.PLANNED, section != SectionKind.PLANS");
            case REPORT_COMPLETE -> drl.append("ReportInfo()\n        $missing : Number() from accumulate( MissingPart(), count( 1 ) )\n");
            case PUBLISHED_ON_TIME -> drl.append("$r : ReportInfo()\n");
            case ON_SITE -> drl.append("ReportInfo()\n");
        }
        drl.append("    then\n        insert( Checks.");
        String call = no + ", " + c;
        switch (check.type()) {
            case METRIC_AT_LEAST -> drl.append("atLeast( ").append(call).append(", $v, ").append(decimal(check.threshold()));
            case METRIC_AT_MOST -> drl.append("atMost( ").append(call).append(", $v, ").append(decimal(check.threshold()));
            case METRIC_ZERO -> drl.append("zero( ").append(call).append(", $v");
            case MENTIONED -> drl.append("mentioned( ").append(call).append(", $m");
            case NOT_ADMITTED_GAP -> drl.append("admitted( ").append(call).append(", $m");
            case NOT_REPORTED -> drl.append("reported( ").append(call).append(", $m");
            case REPORT_COMPLETE -> drl.append("complete( ").append(call).append(", $missing.longValue()");
            case PUBLISHED_ON_TIME -> drl.append("onTime( ").append(call).append(", $r");
            case ON_SITE -> drl.append("onSite( ").append(call);
        }
        drl.append(" ) );\nend\n");
    }

    /**
     * A TopicMention pattern for the check's topic; {@code constraints} are this class's own text, never the catalogue's.
     * The key comes last in this pattern and the metric one: Drools shares the alpha nodes of identical leading
     * constraints, so every rule of a kind tests them once per fact and then finds its key in one hashed lookup, and a
     * fresh session compiles a handful of constraints instead of several per rule.
     */
    private void topicPattern(StringBuilder drl, Check check, String constraints) {
        drl.append("$m : TopicMention( ").append(constraints).append(", topic == ").append(topicKey(check)).append(" )")
                .append("  // ").append(safe(check.topic())).append('\n');
    }

    static String ruleName(Indicator indicator, int check) {
        return indicator.ruleStem() + ".c" + check;
    }

    private int metricKey(Check check) {
        int key = symbols.metricKey(check.metric());
        if (key <= 0) {
            throw new IllegalArgumentException("unknown metric in a validated catalogue: " + check.metric());
        }
        return key;
    }

    private int topicKey(Check check) {
        int key = symbols.topicKey(check.topic());
        if (key <= 0) {
            throw new IllegalArgumentException("unknown topic in a validated catalogue: " + check.topic());
        }
        return key;
    }

    /** A threshold as BigDecimal.valueOf(unscaled, scale): two integers, so nothing textual reaches the DRL. */
    private static String decimal(BigDecimal value) {
        BigDecimal v = value.stripTrailingZeros();
        if (v.scale() < 0) {
            v = v.setScale(0);
        }
        return "BigDecimal.valueOf( " + v.unscaledValue().longValueExact() + "L, " + v.scale() + " )";
    }

    private static String safe(String id) {
        if (id == null || !SAFE_ID.matcher(id).matches()) {
            throw new IllegalArgumentException("identifier not safe for DRL: " + id);
        }
        return id;
    }
}
