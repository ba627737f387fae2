package org.gapcheck.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiPredicate;

/** One category of one report compared with its gold: the score, the gold items missed and the extracted ones wrong. */
public record Comparison(Category category, Score score, List<Span> misses, List<Span> falsePositives) {

    public Comparison {
        misses = List.copyOf(misses);
        falsePositives = List.copyOf(falsePositives);
    }

    /** A gold item is found when an extracted one matches it; an extracted item is right when it matches a gold one. */
    static Comparison of(Category category, List<Span> gold, List<Span> extracted, BiPredicate<Span, Span> matches) {
        List<Span> misses = gold.stream().filter(g -> extracted.stream().noneMatch(e -> matches.test(e, g))).toList();
        List<Span> wrong = extracted.stream().filter(e -> gold.stream().noneMatch(g -> matches.test(e, g))).toList();
        Score score = new Score(gold.size() - misses.size(), gold.size(), extracted.size() - wrong.size(),
                extracted.size());
        return new Comparison(category, score, misses, wrong);
    }

    /** Items that must appear in the same order (sections): the longest common subsequence is what was found. */
    static Comparison inOrder(Category category, List<Span> gold, List<Span> extracted, BiPredicate<Span, Span> equal) {
        int[][] lcs = new int[gold.size() + 1][extracted.size() + 1];
        for (int g = gold.size() - 1; g >= 0; g--) {
            for (int e = extracted.size() - 1; e >= 0; e--) {
                lcs[g][e] = equal.test(extracted.get(e), gold.get(g)) ? lcs[g + 1][e + 1] + 1
                        : Math.max(lcs[g + 1][e], lcs[g][e + 1]);
            }
        }
        List<Span> misses = new ArrayList<>();
        List<Span> wrong = new ArrayList<>();
        int g = 0;
        int e = 0;
        while (g < gold.size() && e < extracted.size()) {
            if (equal.test(extracted.get(e), gold.get(g))) {
                g++;
                e++;
            } else if (lcs[g + 1][e] >= lcs[g][e + 1]) {
                misses.add(gold.get(g++));
            } else {
                wrong.add(extracted.get(e++));
            }
        }
        misses.addAll(gold.subList(g, gold.size()));
        wrong.addAll(extracted.subList(e, extracted.size()));
        int matched = lcs[0][0];
        return new Comparison(category, new Score(matched, gold.size(), matched, extracted.size()), misses, wrong);
    }
}
