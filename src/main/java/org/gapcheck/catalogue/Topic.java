package org.gapcheck.catalogue;

import java.util.List;

/**
 * A mechanism or document a report may mention, e.g. 重大行政决策事项目录, found by its keywords. A {@code negative} topic
 * is an event that signals a gap (败诉, 被纠错, 群体性事件): reporting it counts against an indicator, denying it counts for.
 */
public record Topic(String id, String name, List<String> keywords, boolean negative) {
    public Topic {
        keywords = List.copyOf(keywords);
    }

    public Topic(String id, String name, List<String> keywords) {
        this(id, name, keywords, false);
    }
}
