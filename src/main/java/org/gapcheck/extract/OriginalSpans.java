package org.gapcheck.extract;

import java.util.List;
import org.gapcheck.ingest.Document;
import org.gapcheck.ingest.VisibleText;

/**
 * Facts found in a document's {@link VisibleText}, moved back onto the original: each span widened over the invisible
 * chars inside it, and its text taken from the original again, so that offsets and texts are the report's own.
 */
final class OriginalSpans {

    private OriginalSpans() {}

    static ReportFacts of(ReportFacts found, VisibleText visible, Document original) {
        String text = original.text();
        List<MetricFact> metrics = found.metrics().stream().map(f -> {
            int start = visible.start(f.start());
            int end = visible.end(f.start(), f.end());
            return new MetricFact(f.metric(), f.name(), f.value(), f.unit(), f.qualifier(), f.period(), f.scope(),
                    f.section(), start, end, text.substring(start, end));
        }).toList();
        List<Mention> mentions = found.mentions().stream().map(m -> {
            int start = visible.start(m.start());
            int end = visible.end(m.start(), m.end());
            return new Mention(m.topic(), m.polarity(), m.section(), start, end, text.substring(start, end));
        }).toList();
        List<Shortfall> shortfalls = found.shortfalls().stream().map(s -> {
            int start = visible.start(s.start());
            int end = visible.end(s.start(), s.end());
            return new Shortfall(text.substring(start, end), start, end, s.topics(), s.generic());
        }).toList();
        return new ReportFacts(original, metrics, mentions, shortfalls, found.ledger());
    }
}
