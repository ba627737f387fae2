package org.gapcheck.report;

/**
 * Text that did not come from gapcheck — a report's sentences, a file name, the ledger, the catalogue — made safe to
 * print on a terminal: every control character and bidirectional override is shown as an escape ({@code \x1b},
 * {@code \n}, {@code \u202e}) instead of acting. An ESC starts a terminal command (hide the text after it, retitle the
 * window), BEL rings, CR and LF start a line the reader would take for one of gapcheck's own ("已检查 1 份报告…"), and a
 * bidi override shows the text after it reversed. A tab is left as it is: it only moves on to the next column. A
 * backslash is left too, so that a Windows path reads as it is.
 */
public final class TerminalText {
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private TerminalText() {}

    /** {@code text} with every such character made visible; null stays null. */
    public static String visible(String text) {
        if (text == null || text.chars().noneMatch(TerminalText::acts)) {
            return text;
        }
        StringBuilder shown = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!acts(c)) {
                shown.append(c);
            } else if (c == '\n') {
                shown.append("\\n");
            } else if (c == '\r') {
                shown.append("\\r");
            } else if (c < 0x100) {
                shown.append("\\x").append(HEX[c >> 4]).append(HEX[c & 0xF]);
            } else {
                shown.append("\\u").append(HEX[c >> 12]).append(HEX[(c >> 8) & 0xF]).append(HEX[(c >> 4) & 0xF])
                        .append(HEX[c & 0xF]);
            }
        }
        return shown.toString();
    }

    /** C0 controls but the tab, DEL, C1 controls, and the bidi embeddings, overrides and isolates. */
    private static boolean acts(int c) {
        return c < 0x20 && c != '\t' || c >= 0x7F && c <= 0x9F || c >= 0x202A && c <= 0x202E
                || c >= 0x2066 && c <= 0x2069;
    }
}
