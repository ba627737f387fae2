package org.gapcheck.ingest;

import java.text.Normalizer;

/**
 * NFKC applied char by char, keeping a char whose NFKC form is not exactly one char, so that the result has the
 * original's length and every offset found in it is valid in the original.
 */
final class CharNormalizer {

    private CharNormalizer() {}

    static String normalize(String text) {
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            char c = chars[i];
            if (c < 0x80 || Character.isSurrogate(c)) {
                continue;
            }
            String form = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFKC);
            if (form.length() == 1) {
                chars[i] = form.charAt(0);
            }
        }
        return new String(chars);
    }
}
