package org.gapcheck.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.drools.base.rule.GroupElement;
import org.drools.base.rule.RuleConditionElement;
import org.drools.base.rule.constraint.Constraint;
import org.drools.mvel.MVELConstraint;
import org.gapcheck.catalogue.Catalogue;
import org.gapcheck.catalogue.CatalogueLoader;
import org.gapcheck.engine.fact.MetricValue;
import org.junit.jupiter.api.Test;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;

class RuleBaseTest {
    /**
     * How a rule names catalogue metrics: a key (from 1), a key bound from a RatioSpec or from another value pattern
     * (itself checked here), or any catalogue metric.
     */
    private static final Pattern NAMES_A_CATALOGUE_METRIC =
            Pattern.compile("metric\\s*(==\\s*([1-9]\\d*|\\$\\w+(\\.metric)?)|>\\s*0)");

    /**
     * The engine leaves values of metrics the catalogue does not know (key 0) out of the session, so no rule may match
     * them: every MetricValue pattern, generated or hand-written, constrains its metric to a catalogue one.
     */
    @Test
    void everyMetricValuePatternNamesACatalogueMetric() throws Exception {
        Catalogue catalogue = CatalogueLoader.load(Path.of("criteria/demo-2021.yaml"));
        RuleBase rules = RuleBase.build(catalogue);
        List<String> unconstrained = new ArrayList<>();
        int patterns = 0;
        for (KiePackage pkg : rules.kieBase().getKiePackages()) {
            for (Rule rule : pkg.getRules()) {
                for (org.drools.base.rule.Pattern pattern : metricValuePatterns(((RuleImpl) rule).getLhs())) {
                    patterns++;
                    boolean named = pattern.getConstraints().stream().map(RuleBaseTest::expression)
                            .anyMatch(e -> NAMES_A_CATALOGUE_METRIC.matcher(e).matches());
                    if (!named) {
                        unconstrained.add(rule.getName() + " " + pattern.getConstraints().stream()
                                .map(RuleBaseTest::expression).toList());
                    }
                }
            }
        }
        long metricChecks = catalogue.indicators().stream().flatMap(i -> i.checks().stream())
                .filter(c -> c.metric() != null).count();
        assertTrue(patterns > metricChecks, "MetricValue patterns found: " + patterns + ", metric checks: " + metricChecks);
        assertEquals(List.of(), unconstrained, "MetricValue patterns that could match an uncatalogued metric");
    }

    private static List<org.drools.base.rule.Pattern> metricValuePatterns(RuleConditionElement element) {
        List<org.drools.base.rule.Pattern> found = new ArrayList<>();
        if (element instanceof org.drools.base.rule.Pattern pattern) {
            if (pattern.getObjectType().getClassName().equals(MetricValue.class.getName())) {
                found.add(pattern);
            }
        }
        if (element instanceof GroupElement group) {
            for (RuleConditionElement child : group.getChildren()) {
                found.addAll(metricValuePatterns(child));
            }
        }
        return found;
    }

    private static String expression(Constraint constraint) {
        return constraint instanceof MVELConstraint mvel ? mvel.getExpression() : constraint.toString();
    }
}
