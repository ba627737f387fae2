package org.gapcheck.catalogue;

import java.util.List;

/** A mechanism or document a report may mention, e.g. 重大行政决策事项目录, found by its keywords. */
public record Topic(String id, String name, List<String> keywords) {
    public Topic {
        keywords = List.copyOf(keywords);
    }
}
