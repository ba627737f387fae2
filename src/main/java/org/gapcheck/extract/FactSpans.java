package org.gapcheck.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Facts indexed by span for overlap queries: a finder asks, for each of thousands of numbers, which known facts cover
 * it, and a scan of all facts per number would make long reports quadratic.
 */
final class FactSpans {

    private final List<MetricFact> byStart;
    /** {@code maxEnd[i]} is the largest end among {@code byStart[0..i]}: no fact at or before i reaches past it. */
    private final int[] maxEnd;

    private FactSpans(List<MetricFact> byStart) {
        this.byStart = byStart;
        this.maxEnd = new int[byStart.size()];
        int max = Integer.MIN_VALUE;
        for (int i = 0; i < byStart.size(); i++) {
            max = Math.max(max, byStart.get(i).end());
            maxEnd[i] = max;
        }
    }

    static FactSpans of(List<MetricFact> facts) {
        List<MetricFact> sorted = new ArrayList<>(facts);
        sorted.sort(Comparator.comparingInt(MetricFact::start));
        return new FactSpans(sorted);
    }

    /** The facts whose span overlaps [start, end), in text order. */
    List<MetricFact> overlapping(int start, int end) {
        int pastEnd = InTextOrder.firstStartingAtOrAfter(byStart, MetricFact::start, end);
        List<MetricFact> found = new ArrayList<>();
        for (int i = pastEnd - 1; i >= 0 && maxEnd[i] > start; i--) {
            if (byStart.get(i).end() > start) {
                found.add(0, byStart.get(i));
            }
        }
        return found;
    }
}
