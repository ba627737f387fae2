package org.gapcheck.cli;

/**
 * How many terminal columns a string takes: Chinese characters and full-width forms take two, so a table mixing them
 * with digits only lines up when padded by columns, not by chars. Block and shade characters (█ ░), which CJK terminal
 * fonts draw two columns wide, also count as two, so a line is never wiped short.
 */
final class DisplayWidth {
    private DisplayWidth() {}

    static int of(String s) {
        return s.codePoints().map(DisplayWidth::columns).sum();
    }

    /** {@code s} followed by spaces up to {@code width} columns. */
    static String padRight(String s, int width) {
        return s + " ".repeat(Math.max(0, width - of(s)));
    }

    /** Spaces up to {@code width} columns, then {@code s}. */
    static String padLeft(String s, int width) {
        return " ".repeat(Math.max(0, width - of(s))) + s;
    }

    private static int columns(int cp) {
        boolean wide = (cp >= 0x1100 && cp <= 0x115F)
                || (cp >= 0x2580 && cp <= 0x259F)
                || (cp >= 0x2E80 && cp <= 0xA4CF)
                || (cp >= 0xAC00 && cp <= 0xD7A3)
                || (cp >= 0xF900 && cp <= 0xFAFF)
                || (cp >= 0xFE30 && cp <= 0xFE4F)
                || (cp >= 0xFF00 && cp <= 0xFF60)
                || (cp >= 0xFFE0 && cp <= 0xFFE6)
                || (cp >= 0x20000 && cp <= 0x3FFFD);
        return wide ? 2 : 1;
    }
}
