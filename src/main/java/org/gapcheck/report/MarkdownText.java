package org.gapcheck.report;

import java.util.regex.Pattern;

/**
 * Text that did not come from gapcheck — a report's sentences, a file name, the ledger, the catalogue — as Markdown that
 * shows it as written: on one line (a line break would end a table row), HTML's &lt; &gt; &amp; as entities (no tag,
 * no entity of the report's making), and \ | ` [ ] after a backslash (no table cell closed early, no code span, no link
 * or image). Control characters are shown as on a terminal ({@link TerminalText}), since Markdown is often read there.
 */
final class MarkdownText {
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private MarkdownText() {}

    static String cell(String text) {
        if (text == null) {
            return "";
        }
        String line = TerminalText.visible(WHITESPACE.matcher(text).replaceAll(" "));
        StringBuilder escaped = new StringBuilder(line.length() + 8);
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            switch (c) {
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '&' -> escaped.append("&amp;");
                case '\\', '|', '`', '[', ']' -> escaped.append('\\').append(c);
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }
}
