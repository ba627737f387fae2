package org.gapcheck.extract;

/**
 * Which chars lie inside “…”, 《…》, 「…」 or ‘…’. A quote counts only when it closes before the sentence ends: scraped
 * reports lose closing quotes, and an unclosed one must not hide the rest of its paragraph.
 */
final class QuotedSpans {

    private static final String OPENING = "“《「‘";
    private static final String CLOSING = "”》」’";
    private static final String SENTENCE_ENDS = "。！？；!?;\n\r";
    private static final int MAX_QUOTE = 80;

    private final boolean[] inside;

    private QuotedSpans(boolean[] inside) {
        this.inside = inside;
    }

    static QuotedSpans of(String text) {
        boolean[] inside = new boolean[text.length()];
        int i = 0;
        while (i < text.length()) {
            int kind = OPENING.indexOf(text.charAt(i));
            int close = kind < 0 ? -1 : closing(text, i, kind);
            if (close < 0) {
                i++;
            } else {
                for (int k = i; k <= close; k++) {
                    inside[k] = true;
                }
                i = close + 1;
            }
        }
        return new QuotedSpans(inside);
    }

    /** The matching close of the quote opened at {@code open}, allowing nested quotes; -1 when it never closes. */
    private static int closing(String text, int open, int kind) {
        int depth = 0;
        int limit = Math.min(text.length(), open + MAX_QUOTE);
        for (int i = open; i < limit; i++) {
            char c = text.charAt(i);
            if (SENTENCE_ENDS.indexOf(c) >= 0) {
                return -1;
            }
            if (c == OPENING.charAt(kind)) {
                depth++;
            } else if (c == CLOSING.charAt(kind) && --depth == 0) {
                return i;
            }
        }
        return -1;
    }

    boolean contains(int offset) {
        return offset >= 0 && offset < inside.length && inside[offset];
    }
}
