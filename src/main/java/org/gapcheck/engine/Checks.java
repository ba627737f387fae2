package org.gapcheck.engine;

import java.math.BigDecimal;
import org.gapcheck.engine.fact.CheckResult;
import org.gapcheck.engine.fact.MetricValue;
import org.gapcheck.engine.fact.ReportInfo;
import org.gapcheck.engine.fact.TopicMention;
import org.gapcheck.extract.Polarity;

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

    /** A negative event: stated (or admitted) it is a gap; denied ("未发生", "零败诉") it is evidence for. */
    public static CheckResult reported(int indicator, int check, TopicMention m) {
        return mention(indicator, check, m.polarity() == Polarity.NEGATED ? Outcome.MET : Outcome.GAP, m);
    }

    /** The report's own parts: complete when the completeness rule found no required part missing. */
    public static CheckResult complete(int indicator, int check, long missingParts) {
        return new CheckResult(indicator, check, missingParts == 0 ? Outcome.MET : Outcome.GAP,
                BigDecimal.valueOf(missingParts), null, "个必备部分缺失", -1, -1);
    }

    /** The stated publication date against the deadline; without a date (or a deadline) there is nothing to judge. */
    public static CheckResult onTime(int indicator, int check, ReportInfo report) {
        if (report.published() == null || report.deadline() == null) {
            return new CheckResult(indicator, check, Outcome.NO_EVIDENCE, null, null, null, -1, -1);
        }
        return new CheckResult(indicator, check, report.late() ? Outcome.GAP : Outcome.MET, null, null, null,
                report.publishedStart(), report.publishedEnd());
    }

    public static CheckResult onSite(int indicator, int check) {
        return new CheckResult(indicator, check, Outcome.ON_SITE, null, null, null, -1, -1);
    }

    private static CheckResult metric(int indicator, int check, Outcome outcome, MetricValue v, BigDecimal threshold) {
        if (v.ledger() != null) {
            return new CheckResult(indicator, check, outcome, v.value(), threshold, v.unit(), -1, -1, false,
                    v.ledger().source());
        }
        return new CheckResult(indicator, check, outcome, v.value(), threshold, v.unit(), v.fact().start(),
                v.fact().end(), v.derived(), null);
    }

    private static CheckResult mention(int indicator, int check, Outcome outcome, TopicMention m) {
        return new CheckResult(indicator, check, outcome, null, null, null, m.mention().start(), m.mention().end());
    }
}
