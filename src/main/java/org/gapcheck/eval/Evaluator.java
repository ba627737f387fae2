package org.gapcheck.eval;

import java.util.List;
import org.gapcheck.extract.ReportFacts;

/**
 * Compares the facts extracted from a report with its gold. A metric is found by a fact of the same value (compared
 * numerically) whose span overlaps; a mention by any overlapping mention; a section by the same heading and kind in the
 * same order; an admitted problem by a shortfall covering at least half of it that is itself at least half that
 * problem, so that neither a fragment nor the whole part counts.
 */
public final class Evaluator {

    public ReportEvaluation evaluate(ReportFacts facts, GoldReport gold) {
        String text = facts.document().text();
        return new ReportEvaluation(facts.document().name(), List.of(
                sections(facts, gold, text), metrics(facts, gold, text), mentions(facts, gold, text),
                shortfalls(facts, gold, text)));
    }

    private static Comparison sections(ReportFacts facts, GoldReport gold, String text) {
        List<Span> expected = gold.sections().stream()
                .map(s -> Span.locate(text, s.heading(), s.kind(), null)).toList();
        List<Span> extracted = facts.document().sections().stream()
                .map(s -> new Span(s.start(), s.start() + s.heading().length(), s.heading(), s.kind().id())).toList();
        return Comparison.inOrder(Category.SECTIONS, expected, extracted,
                (e, g) -> e.text().equals(g.text()) && e.detail().equals(g.detail()));
    }

    private static Comparison metrics(ReportFacts facts, GoldReport gold, String text) {
        List<Span> expected = gold.metrics().stream()
                .map(m -> Span.locate(text, m.text(), m.metric() + " = " + m.value().toPlainString() + " " + m.unit(),
                        m.value()))
                .toList();
        List<Span> extracted = facts.metrics().stream()
                .map(m -> new Span(m.start(), m.end(), m.text(),
                        (m.metric() == null ? m.name() : m.metric()) + " = " + m.value().toPlainString() + " "
                                + m.unit(), m.value()))
                .toList();
        return Comparison.of(Category.METRICS, expected, extracted, (e, g) -> e.overlaps(g) && e.sameValue(g));
    }

    private static Comparison mentions(ReportFacts facts, GoldReport gold, String text) {
        List<Span> expected = gold.mentions().stream()
                .map(m -> Span.locate(text, m.text(), m.topic(), null)).toList();
        List<Span> extracted = facts.mentions().stream()
                .map(m -> new Span(m.start(), m.end(), m.text(), m.topic() + " " + m.polarity().name().toLowerCase()))
                .toList();
        return Comparison.of(Category.MENTIONS, expected, extracted, Span::overlaps);
    }

    private static Comparison shortfalls(ReportFacts facts, GoldReport gold, String text) {
        List<Span> expected = gold.shortfalls().stream().map(s -> Span.locate(text, s.text(), "", null)).toList();
        List<Span> extracted = facts.shortfalls().stream()
                .map(s -> new Span(s.start(), s.end(), s.text(), s.generic() ? "泛泛列举" : "")).toList();
        return Comparison.of(Category.SHORTFALLS, expected, extracted,
                (e, g) -> 2 * e.overlap(g) >= g.length() && 2 * e.overlap(g) >= e.length());
    }
}
