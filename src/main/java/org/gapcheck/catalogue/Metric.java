package org.gapcheck.catalogue;

import java.util.List;

/** A quantity the criteria judge, e.g. 行政机关负责人出庭应诉率, with the phrasings reports use for it. */
public record Metric(String id, String name, MetricKind kind, List<String> aliases) {
    public Metric {
        aliases = List.copyOf(aliases);
    }
}
