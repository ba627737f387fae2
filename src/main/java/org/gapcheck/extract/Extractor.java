package org.gapcheck.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.gapcheck.catalogue.Catalogue;
import org.gapcheck.ingest.Document;
import org.gapcheck.ingest.VisibleText;

/**
 * Reads the facts out of one report: values of the catalogue's metrics, the report's other quantities (with no metric
 * id), mentions of the catalogue's topics and the problems the report admits. Judges nothing; offsets come from the
 * normalized text and hold for the original.
 */
public final class Extractor {

    private final AliasIndex aliases;
    private final NoneStatements noneStatements = new NoneStatements();
    private final MetricFactFinder metricFacts = new MetricFactFinder();
    private final QuantityFactFinder quantityFacts = new QuantityFactFinder();
    private final MentionFinder mentions;
    private final ShortfallFinder shortfalls;

    public Extractor(Catalogue catalogue) {
        this.aliases = new AliasIndex(catalogue.metrics());
        KeywordPlaces keywords = new KeywordPlaces(catalogue.topics());
        this.mentions = new MentionFinder(keywords);
        this.shortfalls = new ShortfallFinder(keywords);
    }

    public ReportFacts extract(Document document) {
        return VisibleText.of(document)
                .map(visible -> OriginalSpans.of(extractVisible(visible.document()), visible, document))
                .orElseGet(() -> extractVisible(document));
    }

    /** Extracts from a text with no invisible chars inside numbers and words: see {@link VisibleText}. */
    private ReportFacts extractVisible(Document document) {
        String text = document.normalized();
        Clauses clauses = Clauses.of(text);
        List<AliasMatch> matches = aliases.find(text);
        List<Quantity> quantities = ChineseNumbers.findAll(text);
        List<MetricFact> facts = new ArrayList<>(noneStatements.find(document, clauses, matches));
        facts.addAll(metricFacts.find(document, clauses, matches, quantities, facts));
        facts.addAll(quantityFacts.find(document, clauses, quantities, facts));
        facts.sort(Comparator.comparingInt(MetricFact::start).thenComparingInt(MetricFact::end));
        List<MetricFact> marked = TargetCues.mark(clauses, facts);
        List<Shortfall> admitted = shortfalls.find(document);
        return new ReportFacts(document, marked, mentions.find(document, clauses, admitted), admitted);
    }
}
