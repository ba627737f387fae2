package org.gapcheck.extract;

import java.util.List;
import org.gapcheck.ingest.Document;

/** Everything extracted from one report. */
public record ReportFacts(Document document, List<MetricFact> metrics, List<Mention> mentions,
                          List<Shortfall> shortfalls) {
    public ReportFacts {
        metrics = List.copyOf(metrics);
        mentions = List.copyOf(mentions);
        shortfalls = List.copyOf(shortfalls);
    }

    public ReportFacts(Document document, List<MetricFact> metrics, List<Mention> mentions) {
        this(document, metrics, mentions, List.of());
    }
}
