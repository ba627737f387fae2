package org.gapcheck.extract;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.gapcheck.catalogue.Metric;
import org.gapcheck.catalogue.MetricKind;
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

    List<MetricFact> find(Document document, Clauses clauses, List<AliasMatch> matches, List<Quantity> quantities,
                          List<MetricFact> earlier) {
        String text = document.normalized();
        Map<Integer, AliasMatch> byEnd = new HashMap<>();
        matches.forEach(m -> byEnd.put(m.end(), m));
        AliasIndex.Resolver resolver = new AliasIndex.Resolver(clauses);
        FactSpans known = FactSpans.of(earlier);
        BenchmarkCues benchmarks = new BenchmarkCues(text);
        Found found = new Found();
        int i = 0;
        while (i < matches.size()) {
            int last = i;
            while (last + 1 < matches.size() && coordinated(text, matches.get(last), matches.get(last + 1))) {
                last++;
            }
            List<AliasMatch> chain = matches.subList(i, last + 1);
            int limit = Math.min(clauses.end(chain.get(chain.size() - 1).end()),
                    last + 1 < matches.size() ? matches.get(last + 1).start() : text.length());
            Chain after = new Chain(document, clauses, benchmarks, chain, byEnd,
                    InTextOrder.startingIn(quantities, Quantity::start, chain.get(chain.size() - 1).end(), limit));
            for (AliasMatch match : chain) {
                if (!inside(match, known)) {
                    Metric metric = resolver.resolve(match);
                    if (metric != null) {
                        addFacts(document, clauses, metric, chain, match, after, quantities, known, found);
                    }
                }
            }
            i = last + 1;
        }
        return found.facts;
    }

    private void addFacts(Document document, Clauses clauses, Metric metric, List<AliasMatch> chain, AliasMatch match,
                          Chain after, List<Quantity> quantities, FactSpans earlier, Found found) {
        List<Reading> readings = after.readings(metric.kind());
        if (readings != null) {
            for (Reading r : readings) {
                found.add(fact(document, metric, r.quantity(), r.period(), r.scope(), r.start(), r.end()));
            }
            return;
        }
        if (chain.size() == 1) {
            int clauseStart = clauses.start(match.start());
            // Quantities are in text order and do not overlap, so their ends fall going back: past the gap, none fits.
            int first = InTextOrder.firstStartingAtOrAfter(quantities, Quantity::start, clauseStart);
            for (int k = InTextOrder.firstStartingAtOrAfter(quantities, Quantity::start, match.start()) - 1;
                 k >= first; k--) {
                Quantity q = quantities.get(k);
                if (q.end() <= match.start() && match.start() - q.end() > MAX_GAP_BEFORE) {
                    break;
                }
                if (q.end() <= match.start() && fits(metric, q) && earlier.overlapping(q.start(), q.end()).isEmpty()
                        && !found.overlap(q)) {
                    found.add(fact(document, metric, q, Period.CURRENT, Scope.OWN, q.start(), match.end()));
                    break;
                }
            }
        }
    }

    /** A fact's number, period, scope and span as the words after a chain of aliases give them. */
    private record Reading(Quantity quantity, Period period, Scope scope, int start, int end) {}

    /**
     * The numbers after a chain of aliases (up to the clause end or the next alias), read once for each kind of metric:
     * every alias of a long chain ("A、B、C…均为100%") shares them.
     */
    private static final class Chain {
        private final Document document;
        private final Clauses clauses;
        private final BenchmarkCues benchmarks;
        private final List<AliasMatch> aliases;
        private final Map<Integer, AliasMatch> byEnd;
        private final List<Quantity> after;
        private final Map<MetricKind, Optional<List<Reading>>> readings = new EnumMap<>(MetricKind.class);
        private int phraseStart = -1;

        Chain(Document document, Clauses clauses, BenchmarkCues benchmarks, List<AliasMatch> aliases,
              Map<Integer, AliasMatch> byEnd, List<Quantity> after) {
            this.document = document;
            this.clauses = clauses;
            this.benchmarks = benchmarks;
            this.aliases = aliases;
            this.byEnd = byEnd;
            this.after = after;
        }

        /**
         * The facts a metric of {@code kind} gets from the numbers after the chain (none when the nearest is too far
         * or a change), or null when no number of that kind follows and one before the alias may be taken instead.
         */
        List<Reading> readings(MetricKind kind) {
            return readings.computeIfAbsent(kind, k -> Optional.ofNullable(read(k))).orElse(null);
        }

        private List<Reading> read(MetricKind kind) {
            int firstAt = -1;
            for (int k = 0; k < after.size() && firstAt < 0; k++) {
                firstAt = fits(kind, after.get(k)) ? k : -1;
            }
            if (firstAt < 0) {
                return null;
            }
            int lastAt = after.size() - 1;
            while (!fits(kind, after.get(lastAt))) {
                lastAt--;
            }
            String text = document.normalized();
            int aliasEnd = aliases.get(aliases.size() - 1).end();
            Quantity first = after.get(firstAt);
            if (first.start() - aliasEnd > MAX_GAP_AFTER) {
                return List.of();
            }
            String gap = text.substring(aliasEnd, first.start());
            if (containsAny(gap, COMPARISON_CUES) || PeriodCues.of(clauses, aliasEnd, first) == Period.CHANGE) {
                return List.of();
            }
            int start = phraseStart();
            Scope scope = benchmarks.of(clauses.start(start), first.start());
            List<Reading> found = new ArrayList<>(2);
            Quantity current = first;
            if (lastAt > firstAt && containsAny(gap, FROM_CUES)) {
                Quantity later = after.get(lastAt);
                if (containsAny(text.substring(first.end(), later.start()), TO_CUES)) {
                    found.add(new Reading(first, Period.PREVIOUS, scope, start, first.end()));
                    current = later;
                }
            }
            found.add(new Reading(current, Period.CURRENT, scope, start, current.end()));
            return found;
        }

        private int phraseStart() {
            if (phraseStart < 0) {
                phraseStart = MetricFactFinder.phraseStart(document.normalized(), aliases.get(0), byEnd);
            }
            return phraseStart;
        }
    }

    /** Two aliases in one list: only a short, number-free gap containing 、和及与 between them. */
    private static boolean coordinated(String text, AliasMatch a, AliasMatch b) {
        if (b.start() - a.end() > MAX_COORDINATION_GAP) {
            return false;
        }
        String gap = text.substring(a.end(), b.start());
        return !gap.isEmpty()
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
        return fits(metric.kind(), q);
    }

    private static boolean fits(MetricKind kind, Quantity q) {
        return switch (kind) {
            case RATE -> q.kind() == Quantity.Kind.PERCENT;
            case COUNT -> q.kind() == Quantity.Kind.COUNT;
            case AMOUNT -> q.kind() == Quantity.Kind.MONEY;
        };
    }

    private static boolean inside(AliasMatch match, FactSpans facts) {
        return facts.overlapping(match.start(), match.end()).stream()
                .anyMatch(f -> f.start() <= match.start() && match.end() <= f.end());
    }

    private static boolean containsAny(String s, List<String> words) {
        return words.stream().anyMatch(s::contains);
    }

    /** The facts found so far, without duplicates: the same number reached from two aliases of one metric. */
    private static final class Found {
        private record Key(String metric, int start, int end, BigDecimal value) {}

        private final List<MetricFact> facts = new ArrayList<>();
        private final Set<Key> keys = new HashSet<>();
        /** The text the facts cover, as disjoint spans (start to end): an overlap is one lookup, not a scan of all. */
        private final TreeMap<Integer, Integer> covered = new TreeMap<>();

        void add(MetricFact fact) {
            if (keys.add(new Key(fact.metric(), fact.start(), fact.end(), fact.value().stripTrailingZeros()))) {
                facts.add(fact);
                cover(fact.start(), fact.end());
            }
        }

        boolean overlap(Quantity q) {
            var before = covered.lowerEntry(q.end());
            return before != null && before.getValue() > q.start();
        }

        private void cover(int start, int end) {
            var before = covered.floorEntry(start);
            if (before != null && before.getValue() >= start) {
                start = before.getKey();
                end = Math.max(end, before.getValue());
            }
            for (var next = covered.ceilingEntry(start); next != null && next.getKey() <= end;
                 next = covered.ceilingEntry(start)) {
                end = Math.max(end, next.getValue());
                covered.remove(next.getKey());
            }
            covered.put(start, end);
        }
    }

    private static MetricFact fact(Document document, Metric metric, Quantity q, Period period, Scope scope,
                                   int start, int end) {
        return new MetricFact(metric.id(), metric.name(), q.value(), q.unit(), q.qualifier(), period, scope,
                document.sectionAt(start), start, end, document.text().substring(start, end));
    }
}
