package org.gapcheck.catalogue;

import java.util.List;

/**
 * A quantity the criteria judge, e.g. 行政机关负责人出庭应诉率, with the phrasings reports use for it. When {@code context}
 * is non-empty, an alias match counts for this metric only if its sentence contains one of these words (答复率 of 建议提案
 * vs 答复率 of 依申请公开).
 */
public record Metric(String id, String name, MetricKind kind, List<String> aliases, List<String> context) {
    public Metric {
        aliases = List.copyOf(aliases);
        context = List.copyOf(context);
    }

    public Metric(String id, String name, MetricKind kind, List<String> aliases) {
        this(id, name, kind, aliases, List.of());
    }
}
