package org.gapcheck.engine;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.gapcheck.catalogue.Catalogue;
import org.gapcheck.catalogue.Metric;
import org.gapcheck.catalogue.Topic;

/**
 * Numbers metrics and topics so that generated rules refer to them by integer key: no catalogue text, not even a
 * validated id, has to appear in DRL as a string literal.
 */
public final class SymbolTable {
    private final Map<String, Integer> metricKeys = new HashMap<>();
    private final Map<String, Integer> topicKeys = new HashMap<>();

    public SymbolTable(Catalogue catalogue) {
        number(catalogue.metrics().stream().map(Metric::id).toList(), metricKeys);
        number(catalogue.topics().stream().map(Topic::id).toList(), topicKeys);
    }

    private static void number(List<String> ids, Map<String, Integer> keys) {
        for (String id : ids) {
            keys.putIfAbsent(id, keys.size() + 1);
        }
    }

    /** The key of a metric id, or 0 for a quantity the catalogue does not judge (no rule matches 0). */
    public int metricKey(String metricId) {
        return metricId == null ? 0 : metricKeys.getOrDefault(metricId, 0);
    }

    public int topicKey(String topicId) {
        return topicId == null ? 0 : topicKeys.getOrDefault(topicId, 0);
    }
}
