package org.gapcheck.catalogue;

import java.util.Arrays;
import java.util.Optional;

/** What a metric measures: a rate in percentage points, a count of things, or a sum of money. */
public enum MetricKind {
    RATE("rate"), COUNT("count"), AMOUNT("amount");

    private final String id;

    MetricKind(String id) { this.id = id; }

    public String id() { return id; }

    public static Optional<MetricKind> byId(String id) {
        return Arrays.stream(values()).filter(k -> k.id.equals(id)).findFirst();
    }
}
