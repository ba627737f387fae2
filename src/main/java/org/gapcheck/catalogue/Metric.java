package org.gapcheck.catalogue;

import java.util.List;

/**
 * A quantity the criteria judge, e.g. 行政机关负责人出庭应诉率, with the phrasings reports use for it. When {@code context}
 * is non-empty, an alias match counts for this metric only if its sentence contains one of these words (答复率 of 建议提案
 * vs 答复率 of 依申请公开). A rate with a {@code ratio} can be derived from its two counts when the report states only
 * those (214 件申请、答复 214 件 → 答复率 100%); null otherwise.
 */
public record Metric(String id, String name, MetricKind kind, List<String> aliases, List<String> context, Ratio ratio) {
    public Metric {
        aliases = List.copyOf(aliases);
        context = List.copyOf(context);
    }

    public Metric(String id, String name, MetricKind kind, List<String> aliases, List<String> context) {
        this(id, name, kind, aliases, context, null);
    }

    public Metric(String id, String name, MetricKind kind, List<String> aliases) {
        this(id, name, kind, aliases, List.of(), null);
    }

    /** A rate as part / whole of two count metrics; the part can never exceed the whole. */
    public record Ratio(String part, String whole) {}
}
