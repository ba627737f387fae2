package org.gapcheck.ingest;

import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Lays an HTML element out as report text: each block (p, div, li, h1…) and each {@code <br>} starts a line, each table
 * row is one line with its cells separated by one tab, white space collapses as a browser collapses it, no-break and
 * ideographic spaces stay, every line is trimmed and empty lines are dropped. Iterative, so any nesting depth is fine.
 */
final class HtmlLayout implements NodeVisitor {

    private static final Set<String> BLOCKS = Set.of("address", "article", "aside", "blockquote", "body", "caption",
            "center", "dd", "details", "dialog", "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer",
            "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "html", "legend", "li", "main", "menu",
            "nav", "ol", "p", "pre", "section", "summary", "table", "tbody", "tfoot", "thead", "tr", "ul");

    /** What separates the text already laid out from the next visible char. */
    private enum Gap { NONE, SPACE, LINE_SPACE, TAB, LINE }

    private final StringBuilder out = new StringBuilder();
    private Gap gap = Gap.NONE;
    private boolean rowHasText;
    private int preDepth;

    private HtmlLayout() {}

    static String text(Element root) {
        HtmlLayout layout = new HtmlLayout();
        NodeTraversor.traverse(layout, root);
        return trimmedLines(layout.out);
    }

    @Override
    public void head(Node node, int depth) {
        if (node instanceof TextNode t) {
            append(t.getWholeText());
        } else if (node instanceof Element e) {
            String name = e.normalName();
            switch (name) {
                case "br" -> gap = Gap.LINE;
                case "tr" -> {
                    gap = Gap.LINE;
                    rowHasText = false;
                }
                case "td", "th" -> {
                    // a tab only after a cell with text: a leading empty cell must not glue the row to the line before
                    if (rowHasText) {
                        gap = Gap.TAB;
                    }
                }
                default -> {
                    if (name.equals("pre")) {
                        preDepth++;
                    }
                    if (BLOCKS.contains(name)) {
                        lineBreak();
                    }
                }
            }
        }
    }

    @Override
    public void tail(Node node, int depth) {
        if (node instanceof Element e) {
            String name = e.normalName();
            if (name.equals("pre")) {
                preDepth--;
            }
            if (BLOCKS.contains(name)) {
                lineBreak();
            }
        }
    }

    /** A block boundary; inside a cell that has not shown its text yet, the tab before the cell wins. */
    private void lineBreak() {
        if (gap != Gap.TAB) {
            gap = Gap.LINE;
        }
    }

    private void append(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (preDepth > 0 && (c == '\n' || c == '\r')) {
                gap = Gap.LINE;
            } else if (preDepth == 0 && isCollapsible(c)) {
                if (gap == Gap.NONE) {
                    gap = Gap.SPACE;
                }
                if (gap == Gap.SPACE && (c == '\n' || c == '\r')) {
                    gap = Gap.LINE_SPACE;
                }
            } else {
                emit(c == '\t' ? ' ' : c);
            }
        }
    }

    private void emit(char c) {
        char last = out.isEmpty() ? '\n' : out.charAt(out.length() - 1);
        switch (gap) {
            case LINE -> out.append('\n');
            case TAB -> out.append('\t');
            case SPACE -> out.append(last == '\n' ? "" : " ");
            // CSS drops a source line break between two CJK chars: 出庭⏎应诉率 reads 出庭应诉率, not 出庭 应诉率
            case LINE_SPACE -> out.append(last == '\n' || isWide(last) && isWide(c) ? "" : " ");
            case NONE -> { }
        }
        gap = Gap.NONE;
        out.append(c);
        rowHasText = true;
    }

    /** HTML's white space, which collapses; no-break and ideographic spaces are text. */
    private static boolean isCollapsible(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
    }

    private static boolean isWide(char c) {
        return c >= 0x2E80 && c <= 0x9FFF || c >= 0xF900 && c <= 0xFAFF || c >= 0xFE30 && c <= 0xFE4F
                || c >= 0xFF00 && c <= 0xFF60 || c >= 0xFFE0 && c <= 0xFFE6;
    }

    private static String trimmedLines(CharSequence text) {
        String s = text.toString();
        StringBuilder lines = new StringBuilder(s.length());
        for (Line line : Line.split(s)) {
            if (!lines.isEmpty()) {
                lines.append('\n');
            }
            lines.append(s, line.start(), line.end());
        }
        return lines.toString();
    }
}
