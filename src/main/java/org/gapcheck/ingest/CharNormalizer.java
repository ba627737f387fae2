package org.gapcheck.ingest;

import java.text.Normalizer;

/**
 * NFKC applied char by char, keeping a char whose NFKC form is not exactly one char, so that the result has the
 * original's length and every offset found in it is valid in the original.
 */
final class CharNormalizer {

    /**
     * Each char's replacement, filled in as chars are met (0: not yet known): a report is mostly the same few thousand
     * chars, and asking the normalizer about each occurrence cost more than reading the file. Threads may race to fill
     * an entry; they write the same value.
     */
    private static final char[] REPLACEMENT = new char[Character.MAX_VALUE + 1];

    private CharNormalizer() {}

    static String normalize(String text) {
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            char c = chars[i];
            if (c < 0x80 || Character.isSurrogate(c)) {
                continue;
            }
            char replacement = REPLACEMENT[c];
            if (replacement == 0) {
                replacement = replacementOf(c);
                REPLACEMENT[c] = replacement;
            }
            chars[i] = replacement;
        }
        return new String(chars);
    }

    /** NFKC of {@code c} when that is one char, else {@code c} itself. */
    private static char replacementOf(char c) {
        String form = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFKC);
        return form.length() == 1 ? form.charAt(0) : c;
    }
}
