package org.gapcheck.extract;

/** Clause and sentence boundaries of normalized text; a number and its noun never cross a clause break. */
final class Clauses {

    private Clauses() {}

    // Switches, not String.indexOf: every clause and sentence scan asks this of each character it passes.
    static boolean isBreak(char c) {
        return switch (c) {
            case ',', '，', ':', '：' -> true;
            default -> isSentenceBreak(c);
        };
    }

    private static boolean isSentenceBreak(char c) {
        return switch (c) {
            case '。', ';', '；', '!', '！', '?', '？', '\n', '\r' -> true;
            default -> false;
        };
    }

    /** Start of the clause containing {@code pos}. */
    static int start(String text, int pos) {
        int i = Math.min(pos, text.length());
        while (i > 0 && !isBreak(text.charAt(i - 1))) {
            i--;
        }
        return i;
    }

    /** End (exclusive, before the break) of the clause containing {@code pos}. */
    static int end(String text, int pos) {
        int i = Math.max(pos, 0);
        while (i < text.length() && !isBreak(text.charAt(i))) {
            i++;
        }
        return i;
    }

    static int sentenceStart(String text, int pos) {
        int i = Math.min(pos, text.length());
        while (i > 0 && !isSentenceBreak(text.charAt(i - 1))) {
            i--;
        }
        return i;
    }

    static int sentenceEnd(String text, int pos) {
        int i = Math.max(pos, 0);
        while (i < text.length() && !isSentenceBreak(text.charAt(i))) {
            i++;
        }
        return i;
    }
}
