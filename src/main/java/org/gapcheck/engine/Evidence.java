package org.gapcheck.engine;

/**
 * What stands behind a verdict. From the report: a span ({@code start}/{@code end} into the original text) and the
 * sentence it sits in, which begins at {@code sentenceStart}, for showing it in context. From the office's ledger:
 * {@code ledger} names the source, {@code text} is the value, and there is no span (-1).
 */
public record Evidence(String text, int start, int end, String sentence, int sentenceStart, String ledger) {

    public static Evidence fromText(String text, int start, int end, String sentence, int sentenceStart) {
        return new Evidence(text, start, end, sentence, sentenceStart, null);
    }

    public static Evidence fromLedger(String value, String source) {
        return new Evidence(value, -1, -1, null, -1, source);
    }

    public boolean isLedger() {
        return ledger != null;
    }
}
