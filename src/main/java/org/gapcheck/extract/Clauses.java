package org.gapcheck.extract;

import java.util.Arrays;

/**
 * Clause and sentence boundaries of one normalized text; a number and its noun never cross a clause break. The breaks
 * are listed once, so that each lookup is a binary search: walking to the nearest break from every fact made a sentence
 * of n facts cost n² (20,000 facts in one sentence took 40 s).
 */
final class Clauses {

    private final String text;
    /** Offsets of every clause break, ascending. */
    private final int[] breaks;
    private final int breakCount;
    /** Offsets of the sentence breaks among them, ascending. */
    private final int[] sentenceBreaks;
    private final int sentenceBreakCount;

    private Clauses(String text, int[] breaks, int breakCount, int[] sentenceBreaks, int sentenceBreakCount) {
        this.text = text;
        this.breaks = breaks;
        this.breakCount = breakCount;
        this.sentenceBreaks = sentenceBreaks;
        this.sentenceBreakCount = sentenceBreakCount;
    }

    static Clauses of(String text) {
        int[] breaks = new int[64];
        int[] sentenceBreaks = new int[64];
        int b = 0;
        int s = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isSentenceBreak(c)) {
                if (s == sentenceBreaks.length) {
                    sentenceBreaks = Arrays.copyOf(sentenceBreaks, s * 2);
                }
                sentenceBreaks[s++] = i;
            } else if (!isClauseBreak(c)) {
                continue;
            }
            if (b == breaks.length) {
                breaks = Arrays.copyOf(breaks, b * 2);
            }
            breaks[b++] = i;
        }
        return new Clauses(text, breaks, b, sentenceBreaks, s);
    }

    String text() {
        return text;
    }

    // Switches, not String.indexOf: the breaks are listed by asking this of every character of the report.
    static boolean isBreak(char c) {
        return isClauseBreak(c) || isSentenceBreak(c);
    }

    private static boolean isClauseBreak(char c) {
        return switch (c) {
            case ',', '，', ':', '：' -> true;
            default -> false;
        };
    }

    private static boolean isSentenceBreak(char c) {
        return switch (c) {
            case '。', ';', '；', '!', '！', '?', '？', '\n', '\r' -> true;
            default -> false;
        };
    }

    /** Start of the clause containing {@code pos}: just after the last break before it, or 0. */
    int start(int pos) {
        return startIn(breaks, breakCount, pos);
    }

    /** End (exclusive, before the break) of the clause containing {@code pos}. */
    int end(int pos) {
        return endIn(breaks, breakCount, pos);
    }

    int sentenceStart(int pos) {
        return startIn(sentenceBreaks, sentenceBreakCount, pos);
    }

    int sentenceEnd(int pos) {
        return endIn(sentenceBreaks, sentenceBreakCount, pos);
    }

    private int startIn(int[] at, int count, int pos) {
        int from = Math.min(pos, text.length());
        if (from <= 0) {
            return from;
        }
        int k = firstAtOrAfter(at, count, from);
        return k == 0 ? 0 : at[k - 1] + 1;
    }

    private int endIn(int[] at, int count, int pos) {
        int from = Math.max(pos, 0);
        if (from >= text.length()) {
            return from;
        }
        int k = firstAtOrAfter(at, count, from);
        return k == count ? text.length() : at[k];
    }

    private static int firstAtOrAfter(int[] at, int count, int offset) {
        int low = 0;
        int high = count;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (at[mid] < offset) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }
}
