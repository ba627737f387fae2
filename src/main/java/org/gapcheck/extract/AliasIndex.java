package org.gapcheck.extract;

import java.util.ArrayList;
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
     * The metric an alias match stands for, given its sentence: among the metrics using the alias, one whose context
     * word is nearest the alias wins, else one without context words; null when every candidate needs a context the
     * sentence lacks.
     */
    static Metric resolve(AliasMatch match, String text, int sentenceStart, int sentenceEnd) {
        String sentence = text.substring(sentenceStart, sentenceEnd);
        int aliasOffset = match.start() - sentenceStart;
        Metric best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (Metric metric : match.metrics()) {
            int distance = metric.context().isEmpty() ? Integer.MAX_VALUE - 1 : contextDistance(metric, sentence, aliasOffset);
            if (distance < bestDistance) {
                best = metric;
                bestDistance = distance;
            }
        }
        return best;
    }

    private static int contextDistance(Metric metric, String sentence, int aliasOffset) {
        int best = Integer.MAX_VALUE;
        for (String word : metric.context()) {
            for (int i = word.isEmpty() ? -1 : sentence.indexOf(word); i >= 0; i = sentence.indexOf(word, i + 1)) {
                best = Math.min(best, Math.abs(i - aliasOffset));
            }
        }
        return best;
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
