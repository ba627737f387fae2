package org.gapcheck.catalogue;

import java.util.Arrays;
import java.util.Optional;

/** The closed set of checks an indicator can use. Adding one is a code change with its tests. */
public enum CheckType {
    /** The unit's own current value of {@code metric} is at least {@code threshold}. */
    METRIC_AT_LEAST("metric_at_least", true, true),
    /** The unit's own current value of {@code metric} is at most {@code threshold}. */
    METRIC_AT_MOST("metric_at_most", true, true),
    /** The unit's own current value of {@code metric} is zero (败诉, 被纠错 …). */
    METRIC_ZERO("metric_zero", true, false),
    /** The report says {@code topic} was done (not planned, not negated). */
    MENTIONED("mentioned", false, false),
    /** The report does not admit a shortfall about {@code topic}. */
    NOT_ADMITTED_GAP("not_admitted_gap", false, false),
    /** The report does not state the negative event {@code topic} (败诉, 被纠错, 群体性事件 …); denying it counts for. */
    NOT_REPORTED("not_reported", false, false),
    /** The report itself has every part 《法治政府建设与责任落实督察工作规定》 requires. */
    REPORT_COMPLETE("report_complete", false, false),
    /** The report was published by the deadline for its kind of unit (known only when the page states a date). */
    PUBLISHED_ON_TIME("published_on_time", false, false),
    /** Only a site visit or a survey can settle the indicator. */
    ON_SITE("on_site", false, false);

    private final String id;
    private final boolean needsMetric;
    private final boolean needsThreshold;

    CheckType(String id, boolean needsMetric, boolean needsThreshold) {
        this.id = id;
        this.needsMetric = needsMetric;
        this.needsThreshold = needsThreshold;
    }

    public String id() { return id; }

    public boolean needsMetric() { return needsMetric; }

    public boolean needsThreshold() { return needsThreshold; }

    public boolean needsTopic() { return this == MENTIONED || this == NOT_ADMITTED_GAP || this == NOT_REPORTED; }

    /** Whether a report that says nothing on the check passes it: only a negative fact can answer it. */
    public boolean passedBySilence() { return this == NOT_ADMITTED_GAP || this == NOT_REPORTED; }

    public static Optional<CheckType> byId(String id) {
        return Arrays.stream(values()).filter(t -> t.id.equals(id)).findFirst();
    }
}
