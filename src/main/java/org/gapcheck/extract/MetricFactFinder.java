package org.gapcheck.extract;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gapcheck.catalogue.Metric;
import org.gapcheck.ingest.Document;

/**
 * Values of catalogue metrics: each alias takes the nearest number of its kind in its own clause, after it
 * ("出庭应诉率保持100%") or, failing that, just before it ("81件政府涉法事务的合法性审查"). Aliases joined by 、/和
 * ("答复率、满意率均为100%") share the number after the last of them.
 */
final class MetricFactFinder {

    private static final int MAX_GAP_AFTER = 16;
    private static final int MAX_GAP_BEFORE = 12;
    private static final int MAX_COORDINATION_GAP = 8;
    private static final String COORDINATORS = "、和及与";
    private static final String OPENING_QUOTES = "“‘「《\"";
    /** A number after these is a change against another period (同比上升18%), not the metric's level. */
    private static final List<String> COMPARISON_CUES = List.of("同比", "环比", "较上", "比上", "较去", "比去", "较前");
    private static final List<String> FROM_CUES = List.of("从", "由");
    private static final List<String> TO_CUES = List.of("至", "到");

    List<MetricFact> find(Document document, List<AliasMatch> matches, List<Quantity> quantities,
                          List<MetricFact> earlier) {
        String text = document.normalized();
        Map<Integer, AliasMatch> byEnd = new HashMap<>();
        matches.forEach(m -> byEnd.put(m.end(), m));
        Found found = new Found();
        int i = 0;
        while (i < matches.size()) {
            int last = i;
            while (last + 1 < matches.size() && coordinated(text, matches.get(last), matches.get(last + 1))) {
                last++;
            }
            List<AliasMatch> chain = matches.subList(i, last + 1);
            int limit = Math.min(Clauses.end(text, chain.get(chain.size() - 1).end()),
                    last + 1 < matches.size() ? matches.get(last + 1).start() : text.length());
            for (AliasMatch match : chain) {
                if (!inside(match, earlier)) {
                    Metric metric = AliasIndex.resolve(match, text, Clauses.sentenceStart(text, match.start()),
                            Clauses.sentenceEnd(text, match.start()));
                    if (metric != null) {
                        addFacts(document, metric, chain, match, limit, quantities, byEnd, earlier, found);
                    }
                }
            }
            i = last + 1;
        }
        return found.facts;
    }

    private void addFacts(Document document, Metric metric, List<AliasMatch> chain, AliasMatch match, int limit,
                          List<Quantity> quantities, Map<Integer, AliasMatch> byEnd, List<MetricFact> earlier,
                          Found found) {
        String text = document.normalized();
        int phraseStart = phraseStart(text, chain.get(0), byEnd);
        AliasMatch lastAlias = chain.get(chain.size() - 1);
        List<Quantity> after = InTextOrder.startingIn(quantities, Quantity::start, lastAlias.end(), limit).stream()
                .filter(q -> fits(metric, q))
                .toList();
        if (!after.isEmpty()) {
            Quantity first = after.get(0);
            String gap = text.substring(lastAlias.end(), first.start());
            if (gap.length() > MAX_GAP_AFTER || containsAny(gap, COMPARISON_CUES)
                    || PeriodCues.of(text, lastAlias.end(), first) == Period.CHANGE) {
                return;
            }
            Scope scope = BenchmarkCues.of(text.substring(Clauses.start(text, phraseStart), first.start()));
            Quantity current = first;
            if (after.size() > 1 && containsAny(gap, FROM_CUES)) {
                Quantity later = after.get(after.size() - 1);
                if (containsAny(text.substring(first.end(), later.start()), TO_CUES)) {
                    found.add(fact(document, metric, first, Period.PREVIOUS, scope, phraseStart, first.end()));
                    current = later;
                }
            }
            found.add(fact(document, metric, current, Period.CURRENT, scope, phraseStart, current.end()));
            return;
        }
        if (chain.size() == 1) {
            int clauseStart = Clauses.start(text, match.start());
            InTextOrder.startingIn(quantities, Quantity::start, clauseStart, match.start()).stream()
                    .filter(q -> q.end() <= match.start()
                            && match.start() - q.end() <= MAX_GAP_BEFORE && fits(metric, q)
                            && earlier.stream().noneMatch(f -> f.start() < q.end() && q.start() < f.end())
                            && !found.overlap(q))
                    .reduce((a, b) -> b)
                    .ifPresent(q -> found.add(fact(document, metric, q, Period.CURRENT, Scope.OWN, q.start(),
                            match.end())));
        }
    }

    /** Two aliases in one list: only a short, number-free gap containing 、和及与 between them. */
    private static boolean coordinated(String text, AliasMatch a, AliasMatch b) {
        String gap = text.substring(a.end(), b.start());
        return !gap.isEmpty() && gap.length() <= MAX_COORDINATION_GAP
                && gap.chars().anyMatch(c -> COORDINATORS.indexOf(c) >= 0)
                && gap.chars().noneMatch(c -> Character.isDigit(c) || Clauses.isBreak((char) c));
    }

    /** The phrase starts at its alias, an opening quote before it, or an alias it directly follows (行政复议案件实质性化解率). */
    private static int phraseStart(String text, AliasMatch alias, Map<Integer, AliasMatch> byEnd) {
        int start = alias.start();
        while (true) {
            if (start > 0 && OPENING_QUOTES.indexOf(text.charAt(start - 1)) >= 0) {
                start--;
            } else if (byEnd.containsKey(start) && byEnd.get(start).start() < start) {
                start = byEnd.get(start).start();
            } else {
                return start;
            }
        }
    }

    private static boolean fits(Metric metric, Quantity q) {
        return switch (metric.kind()) {
            case RATE -> q.kind() == Quantity.Kind.PERCENT;
            case COUNT -> q.kind() == Quantity.Kind.COUNT;
            case AMOUNT -> q.kind() == Quantity.Kind.MONEY;
        };
    }

    private static boolean inside(AliasMatch match, List<MetricFact> facts) {
        return facts.stream().anyMatch(f -> f.start() <= match.start() && match.end() <= f.end());
    }

    private static boolean containsAny(String s, List<String> words) {
        return words.stream().anyMatch(s::contains);
    }

    /** The facts found so far, without duplicates: the same number reached from two aliases of one metric. */
    private static final class Found {
        private record Key(String metric, int start, int end, BigDecimal value) {}

        private final List<MetricFact> facts = new ArrayList<>();
        private final Set<Key> keys = new HashSet<>();

        void add(MetricFact fact) {
            if (keys.add(new Key(fact.metric(), fact.start(), fact.end(), fact.value().stripTrailingZeros()))) {
                facts.add(fact);
            }
        }

        boolean overlap(Quantity q) {
            return facts.stream().anyMatch(f -> f.start() < q.end() && q.start() < f.end());
        }
    }

    private static MetricFact fact(Document document, Metric metric, Quantity q, Period period, Scope scope,
                                   int start, int end) {
        return new MetricFact(metric.id(), metric.name(), q.value(), q.unit(), q.qualifier(), period, scope,
                document.sectionAt(start), start, end, document.text().substring(start, end));
    }
}
