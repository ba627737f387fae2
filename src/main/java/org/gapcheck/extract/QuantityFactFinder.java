package org.gapcheck.extract;

import java.util.ArrayList;
import java.util.List;
import org.gapcheck.ingest.Document;

/**
 * Every other quantity the report states, as a fact with no catalogue metric: the engine ignores them, but consistency
 * checks and evaluation against gold see the whole of what a report claims. Leaves out numbers inside quotes and titles
 * (“十个一”, 《…2.0》) and those {@link NamedNumbers} says count nothing.
 */
final class QuantityFactFinder {

    private static final int MAX_NAME = 16;

    List<MetricFact> find(Document document, Clauses clauses, List<Quantity> quantities, List<MetricFact> known) {
        String text = document.normalized();
        QuotedSpans quoted = QuotedSpans.of(text);
        FactSpans claimed = FactSpans.of(known);
        BenchmarkCues benchmarks = new BenchmarkCues(text);
        List<MetricFact> facts = new ArrayList<>();
        int previousEnd = 0;
        for (Quantity found : quantities) {
            Quantity q = GluedYears.split(text, found, document.year());
            int clauseStart = clauses.start(q.start());
            List<MetricFact> claimers = claimed.overlapping(q.start(), q.end());
            if (!quoted.contains(q.start()) && !NamedNumbers.countsNothing(clauses, q)) {
                int from = Math.max(clauseStart, previousEnd);
                int start = skipFiller(text, from, q.start());
                Period period = PeriodCues.of(clauses, from, q);
                Scope scope = benchmarks.of(clauseStart, q.start());
                List<String> names = claimers.isEmpty() ? names(clauses, clauseStart, start, q, quantities)
                        : namesOutside(claimers, text, clauseStart, q);
                for (String name : names) {
                    facts.add(new MetricFact(null, name, q.value(), q.unit(), q.qualifier(), period, scope,
                            document.sectionAt(start), start, q.end(), document.text().substring(start, q.end())));
                }
            }
            previousEnd = found.end();
        }
        return facts;
    }

    /**
     * What the number measures: each of the names listed before a shared number; this number's name in a 分别 list;
     * else the words before it in its clause, or after it when the number leads ("81件政府涉法事务").
     */
    private static List<String> names(Clauses clauses, int clauseStart, int start, Quantity q,
                                      List<Quantity> quantities) {
        String text = clauses.text();
        List<String> shared = ListedNames.sharing(text.substring(clauseStart, q.start()));
        if (!shared.isEmpty()) {
            return shared;
        }
        String clause = text.substring(clauseStart, clauses.end(q.start()));
        List<String> listed = ListedNames.respectively(clause);
        int listEnd = clauseStart + ListedNames.respectivelyEnd(clause);
        if (!listed.isEmpty() && q.start() >= listEnd) {
            List<Quantity> distributed =
                    InTextOrder.startingIn(quantities, Quantity::start, listEnd, clauseStart + clause.length());
            int index = distributed.stream().map(Quantity::end).toList().indexOf(q.end());
            if (distributed.size() == listed.size() && index >= 0) {
                return List.of(listed.get(index));
            }
        }
        String before = text.substring(start, q.start()).strip();
        if (!before.isEmpty()) {
            return List.of(before);
        }
        int clauseEnd = clauses.end(q.end());
        return List.of(text.substring(q.end(), Math.min(clauseEnd, q.end() + MAX_NAME)).strip());
    }

    /**
     * A number that catalogue facts already hold is still shared with the listed names no catalogue alias covers
     * ("培训覆盖率、持证上岗率均达到100%" when only 持证上岗率 is catalogued).
     */
    private static List<String> namesOutside(List<MetricFact> claimers, String text, int clauseStart, Quantity q) {
        List<String> names = new ArrayList<>();
        int at = clauseStart;
        for (String name : ListedNames.sharing(text.substring(clauseStart, q.start()))) {
            int pos = text.indexOf(name, at);
            at = pos + name.length();
            if (claimers.stream().noneMatch(f -> f.start() <= pos && pos < f.end())) {
                names.add(name);
            }
        }
        return names;
    }

    private static int skipFiller(String text, int from, int to) {
        int i = from;
        while (i < to && (Character.isWhitespace(text.charAt(i)) || text.charAt(i) == '、')) {
            i++;
        }
        return i;
    }
}
