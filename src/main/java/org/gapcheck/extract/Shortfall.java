package org.gapcheck.extract;

import java.util.List;

/**
 * One problem the report admits in its 存在的不足 part, as the report numbers it. The span leaves out the numbering
 * marker, the final 。 and any 分析原因 text; offsets as in {@link MetricFact}. {@code topics} are the catalogue topics
 * whose keywords it contains. {@code generic} marks a problem that only lists broad areas ("在A、B、C等方面仍存在…问题")
 * and so names no specific mechanism.
 */
public record Shortfall(String text, int start, int end, List<String> topics, boolean generic) {
    public Shortfall {
        topics = List.copyOf(topics);
    }

    boolean contains(int offset) {
        return offset >= start && offset < end;
    }
}
