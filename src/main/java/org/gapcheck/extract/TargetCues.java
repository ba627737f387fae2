package org.gapcheck.extract;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A number stated as an aim rather than a result ("力争出庭应诉率达到100%", "确保…不低于90%") is a target: it must never
 * pass for the year's level, wherever in the report it stands.
 */
final class TargetCues {

    private static final Pattern TARGET = Pattern.compile("(?=[力争目确计拟])(?:力争|争取|目标|确保|计划|(?<![草模虚比])拟)");

    private TargetCues() {}

    /** {@code facts} in text order. */
    static List<MetricFact> mark(Clauses clauses, List<MetricFact> facts) {
        CueSearch target = new CueSearch(TARGET, clauses.text());
        return facts.stream()
                .map(f -> f.period() == Period.CURRENT && target.within(clauses.start(f.start()), f.end()) ? asTarget(f) : f)
                .toList();
    }

    private static MetricFact asTarget(MetricFact f) {
        return new MetricFact(f.metric(), f.name(), f.value(), f.unit(), f.qualifier(), Period.TARGET, f.scope(),
                f.section(), f.start(), f.end(), f.text());
    }
}
