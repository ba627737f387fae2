package org.gapcheck.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a cue occurs in a stretch of one text, for facts asking in text order: the first match at or after an offset
 * is remembered, and serves every later offset up to it. Asking each fact's clause afresh made a clause of n facts cost
 * n². Exact for cues whose earliest match is also the first to end (no match holds a shorter one that ends sooner),
 * which each cue searched this way is; the cue must look no further behind a match than the break that opens the
 * stretch, so that searching the whole text finds what searching the stretch alone would.
 */
final class CueSearch {

    private final Matcher matcher;
    private final int length;
    /** The offset last searched from, and the match found there (start -1: none up to the end of the text). */
    private int searchedFrom = Integer.MAX_VALUE;
    private int start = -1;
    private int end = -1;

    CueSearch(Pattern cue, String text) {
        this.matcher = cue.matcher(text);
        this.length = text.length();
    }

    /** Whether a match of the cue lies wholly within [from, to). */
    boolean within(int from, int to) {
        if (from >= to || from >= length) {
            return false;
        }
        if (from < searchedFrom || start >= 0 && from > start) {
            searchedFrom = from;
            if (matcher.find(from)) {
                start = matcher.start();
                end = matcher.end();
            } else {
                start = -1;
            }
        }
        return start >= 0 && end <= to;
    }
}
