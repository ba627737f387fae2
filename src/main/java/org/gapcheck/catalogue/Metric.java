package org.gapcheck.catalogue;

import java.util.List;

/**
 * A quantity the criteria judge, e.g. 行政机关负责人出庭应诉率, with the phrasings reports use for it. {@code context} lists
 * words of which a sentence must contain one before the metric is assigned (e.g. 建议/提案 for a bare 答复率); empty means
 * no restriction.
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
