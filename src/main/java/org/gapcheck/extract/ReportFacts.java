package org.gapcheck.extract;

import java.util.List;
import org.gapcheck.catalogue.LedgerFact;
import org.gapcheck.ingest.Document;

/**
 * Everything known about one report: what was extracted from its text, and apart from it ({@code ledger}) the values
 * the office added from its own records, which have no place in the text and are never mixed with text facts.
 */
public record ReportFacts(Document document, List<MetricFact> metrics, List<Mention> mentions,
                          List<Shortfall> shortfalls, List<LedgerFact> ledger) {
    public ReportFacts {
        metrics = List.copyOf(metrics);
        mentions = List.copyOf(mentions);
        shortfalls = List.copyOf(shortfalls);
        ledger = List.copyOf(ledger);
    }

    public ReportFacts(Document document, List<MetricFact> metrics, List<Mention> mentions,
                       List<Shortfall> shortfalls) {
        this(document, metrics, mentions, shortfalls, List.of());
    }

    public ReportFacts(Document document, List<MetricFact> metrics, List<Mention> mentions) {
        this(document, metrics, mentions, List.of(), List.of());
    }

    /** These facts with the ledger entries that apply to this report added. */
    public ReportFacts withLedger(List<LedgerFact> entries) {
        List<LedgerFact> own = entries.stream().filter(f -> f.appliesTo(document.name())).toList();
        return new ReportFacts(document, metrics, mentions, shortfalls, own);
    }
}
