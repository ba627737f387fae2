package org.gapcheck.extract;

/** Clause and sentence boundaries of normalized text; a number and its noun never cross a clause break. */
final class Clauses {

    private static final String CLAUSE_BREAKS = ",，。;；:：!！?？\n\r";
    private static final String SENTENCE_BREAKS = "。;；!！?？\n\r";

    private Clauses() {}

    static boolean isBreak(char c) {
        return CLAUSE_BREAKS.indexOf(c) >= 0;
    }

    /** Start of the clause containing {@code pos}. */
    static int start(String text, int pos) {
        return backTo(text, pos, CLAUSE_BREAKS);
    }

    /** End (exclusive, before the break) of the clause containing {@code pos}. */
    static int end(String text, int pos) {
        return forwardTo(text, pos, CLAUSE_BREAKS);
    }

    static int sentenceStart(String text, int pos) {
        return backTo(text, pos, SENTENCE_BREAKS);
    }

    static int sentenceEnd(String text, int pos) {
        return forwardTo(text, pos, SENTENCE_BREAKS);
    }

    private static int backTo(String text, int pos, String breaks) {
        int i = Math.min(pos, text.length());
        while (i > 0 && breaks.indexOf(text.charAt(i - 1)) < 0) {
            i--;
        }
        return i;
    }

    private static int forwardTo(String text, int pos, String breaks) {
        int i = Math.max(pos, 0);
        while (i < text.length() && breaks.indexOf(text.charAt(i)) < 0) {
            i++;
        }
        return i;
    }
}
