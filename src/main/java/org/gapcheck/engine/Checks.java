package org.gapcheck.engine;

import java.math.BigDecimal;
import org.gapcheck.engine.fact.CheckResult;
import org.gapcheck.engine.fact.MetricValue;
import org.gapcheck.engine.fact.TopicMention;

/** The consequences that generated rules call: each turns a matched fact into a CheckResult. */
public final class Checks {
    private Checks() {}

    public static CheckResult atLeast(int indicator, int check, MetricValue v, BigDecimal threshold) {
        Outcome outcome = v.value().compareTo(threshold) >= 0 ? Outcome.MET : Outcome.GAP;
        return metric(indicator, check, outcome, v, threshold);
    }

    public static CheckResult atMost(int indicator, int check, MetricValue v, BigDecimal threshold) {
        Outcome outcome = v.value().compareTo(threshold) <= 0 ? Outcome.MET : Outcome.GAP;
        return metric(indicator, check, outcome, v, threshold);
    }

    public static CheckResult zero(int indicator, int check, MetricValue v) {
        Outcome outcome = v.value().signum() == 0 ? Outcome.MET : Outcome.GAP;
        return metric(indicator, check, outcome, v, BigDecimal.ZERO);
    }

    public static CheckResult mentioned(int indicator, int check, TopicMention m) {
        return mention(indicator, check, Outcome.MET, m);
    }

    public static CheckResult admitted(int indicator, int check, TopicMention m) {
        return mention(indicator, check, Outcome.GAP, m);
    }

    public static CheckResult onSite(int indicator, int check) {
        return new CheckResult(indicator, check, Outcome.ON_SITE, null, null, null, -1, -1);
    }

    private static CheckResult metric(int indicator, int check, Outcome outcome, MetricValue v, BigDecimal threshold) {
        return new CheckResult(indicator, check, outcome, v.value(), threshold, v.fact().unit(),
                v.fact().start(), v.fact().end());
    }

    private static CheckResult mention(int indicator, int check, Outcome outcome, TopicMention m) {
        return new CheckResult(indicator, check, outcome, null, null, null, m.mention().start(), m.mention().end());
    }
}
