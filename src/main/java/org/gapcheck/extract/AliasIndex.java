package org.gapcheck.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gapcheck.catalogue.Metric;

/** The catalogue's metric aliases, matched longest first so 合法性审核意见 is not read as 合法性审核. */
final class AliasIndex {

    /** Each alias with the metrics it stands for. */
    private final WordTrie<Map.Entry<String, List<Metric>>> aliases;

    AliasIndex(List<Metric> metrics) {
        Map<String, List<Metric>> byAlias = new LinkedHashMap<>();
        for (Metric metric : metrics) {
            for (String alias : metric.aliases()) {
                if (!alias.isBlank()) {
                    byAlias.computeIfAbsent(alias, a -> new ArrayList<>()).add(metric);
                }
            }
        }
        // A long alias also stands for the metrics of its shorter endings, after its own: when the sentence lacks the
        // context 按时办结率 needs as a hotline rate, the 办结率 of 建议提案 may still be meant.
        Map<String, List<Metric>> withEndings = new LinkedHashMap<>();
        byAlias.forEach((alias, own) -> {
            List<Metric> all = new ArrayList<>(own);
            byAlias.forEach((shorter, theirs) -> {
                if (shorter.length() < alias.length() && alias.endsWith(shorter)) {
                    // By identity: the catalogue holds each metric once, and a record's equals is bootstrapped
                    // through method handles the first time it runs, a cost a one-report check pays at start-up.
                    theirs.stream().filter(m -> all.stream().noneMatch(known -> known == m)).forEach(all::add);
                }
            });
            withEndings.put(alias, all);
        });
        aliases = new WordTrie<>(withEndings.entrySet().stream()
                .map(e -> Map.entry(e.getKey(), List.copyOf(e.getValue())))
                .toList(), Map.Entry::getKey);
    }

    /** Non-overlapping matches, left to right; at each position the longest alias wins. */
    List<AliasMatch> find(String text) {
        List<AliasMatch> found = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            AliasMatch match = longestAt(text, i);
            if (match == null) {
                i++;
            } else {
                found.add(match);
                i = match.end();
            }
        }
        return found;
    }

    /**
     * Resolves alias matches to metrics by their sentence: among the metrics using the alias, one whose context word is
     * nearest the alias wins, else one without context words; null when every candidate needs a context the sentence
     * lacks. A context word's places are found once per sentence, not once per alias in it.
     */
    static final class Resolver {
        private final Clauses clauses;
        private int sentenceStart = -1;
        private int sentenceEnd = -1;
        /** The places of each context word asked for in the current sentence, ascending. */
        private final Map<String, int[]> places = new HashMap<>();

        Resolver(Clauses clauses) {
            this.clauses = clauses;
        }

        Metric resolve(AliasMatch match) {
            int start = clauses.sentenceStart(match.start());
            int end = clauses.sentenceEnd(match.start());
            if (start != sentenceStart || end != sentenceEnd) {
                sentenceStart = start;
                sentenceEnd = end;
                places.clear();
            }
            Metric best = null;
            int bestDistance = Integer.MAX_VALUE;
            for (Metric metric : match.metrics()) {
                int distance = metric.context().isEmpty() ? Integer.MAX_VALUE - 1 : contextDistance(metric, match.start());
                if (distance < bestDistance) {
                    best = metric;
                    bestDistance = distance;
                }
            }
            return best;
        }

        private int contextDistance(Metric metric, int alias) {
            int best = Integer.MAX_VALUE;
            for (String word : metric.context()) {
                if (word.isEmpty()) {
                    continue;
                }
                int[] at = places.computeIfAbsent(word, this::placesInSentence);
                int k = Arrays.binarySearch(at, alias);
                if (k >= 0) {
                    return 0;
                }
                int next = -k - 1;
                if (next < at.length) {
                    best = Math.min(best, at[next] - alias);
                }
                if (next > 0) {
                    best = Math.min(best, alias - at[next - 1]);
                }
            }
            return best;
        }

        /** Every place {@code word} starts in the current sentence and ends in it too, overlapping ones included. */
        private int[] placesInSentence(String word) {
            // A search of the whole text would run on past the sentence to the word's next place, however far.
            String sentence = clauses.text().substring(sentenceStart, sentenceEnd);
            int[] found = new int[4];
            int n = 0;
            for (int i = sentence.indexOf(word); i >= 0; i = sentence.indexOf(word, i + 1)) {
                if (n == found.length) {
                    found = Arrays.copyOf(found, n * 2);
                }
                found[n++] = sentenceStart + i;
            }
            return Arrays.copyOf(found, n);
        }
    }

    private AliasMatch longestAt(String text, int pos) {
        Map.Entry<String, List<Metric>> longest = null;
        WordTrie.Node<Map.Entry<String, List<Metric>>> node = aliases.at(text, pos);
        for (int end = pos + 1; node != null; end++) {
            if (!node.ending().isEmpty()) {
                longest = node.ending().get(0);   // aliases are distinct: one ends here at most
            }
            node = end < text.length() ? node.next(text.charAt(end)) : null;
        }
        return longest == null ? null
                : new AliasMatch(longest.getKey(), longest.getValue(), pos, pos + longest.getKey().length());
    }
}
