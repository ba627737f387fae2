package org.gapcheck.extract;

import java.util.regex.Pattern;

/** Whether the words before a number make it a benchmark the unit is compared with (全国平均出庭应诉率41.8%). */
final class BenchmarkCues {

    /**
     * An average of a wider or peer population; a plain 平均 (PM2.5平均浓度) is the unit's own average. The shortest
     * reading of each match, so that the earliest match is also the first to end (see {@link CueSearch}).
     */
    private static final Pattern BENCHMARK =
            Pattern.compile("(?=[全同省市平])(?:(?:全国|全省|全市|全区|全县|同级|同类|省级|市级)\\p{IsHan}{0,8}?平均|平均水平)");

    private final CueSearch benchmark;

    BenchmarkCues(String text) {
        this.benchmark = new CueSearch(BENCHMARK, text);
    }

    /** The scope of a number whose words before it, in its clause, are [from, to); asked in text order. */
    Scope of(int from, int to) {
        return benchmark.within(from, to) ? Scope.BENCHMARK : Scope.OWN;
    }
}
