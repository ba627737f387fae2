package org.gapcheck.ingest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Joins the lines a PDF wrapped back into paragraphs, one per output line. Chinese puts no space where a line wraps, so
 * the text alone cannot tell a wrapped line from a paragraph's end; the layout can. A line continues on the next one when
 * it runs to the right margin and the next line starts at the left margin (not indented as a new paragraph; centred
 * only after a line that fills the width, the rest of a long title), in the same font size, without a paragraph's extra spacing and without a numbering such as 一、 （一） 1.
 * that opens a heading or a list item. A line that ends a sentence (。！？；：) continues only in a document that marks
 * its paragraphs by indenting them; elsewhere its end may be the paragraph's.
 */
final class PdfParagraphs {

    /** How far short of the right margin a wrapped line may end: 避头尾 rules move a glyph and its neighbour on. */
    private static final float FULL_LINE_SLACK_EM = 2.2f;
    /** How far right of the left margin a line must start to open a paragraph (official documents indent two). */
    private static final float INDENT_EM = 0.8f;
    /** A gap between baselines this much larger than the usual one separates paragraphs. */
    private static final float PARAGRAPH_GAP = 1.6f;
    /** Two lines whose character widths differ more than this are in different styles (title, heading, body). */
    private static final float SIZE_CHANGE = 0.15f;
    /** Pages with fewer lines take their margins from the whole document. */
    private static final int LINES_FOR_OWN_MARGINS = 10;
    /**
     * Indented lines that run to the right margin (the first lines of paragraphs, not centred titles) a document must show
     * before an unindented line after a sentence's end counts as continuing the paragraph.
     */
    private static final int INDENTED_STARTS = 3;

    private static final String SENTENCE_ENDS = "。！？；：!?;:";
    private static final String CLOSERS = "”’」』）)】》\"'";

    private record Margins(float left, float right) {}

    private final List<PdfLine> lines;
    private final Map<Integer, Margins> margins = new HashMap<>();
    private final float lineSpacing;
    private final boolean indentsParagraphs;

    private PdfParagraphs(List<PdfLine> lines) {
        this.lines = lines;
        Margins overall = margins(lines);
        Map<Integer, List<PdfLine>> byPage = new HashMap<>();
        lines.forEach(l -> byPage.computeIfAbsent(l.page(), p -> new ArrayList<>()).add(l));
        byPage.forEach((page, onPage) ->
                margins.put(page, onPage.size() >= LINES_FOR_OWN_MARGINS ? margins(onPage) : overall));
        this.lineSpacing = lineSpacing(lines);
        this.indentsParagraphs =
                lines.stream().filter(l -> indented(l) && reachesRightMargin(l)).count() >= INDENTED_STARTS;
    }

    /** The report's text: one paragraph per line, each ending in \n. */
    static String text(List<PdfLine> lines) {
        return lines.isEmpty() ? "" : new PdfParagraphs(lines).join();
    }

    private String join() {
        StringBuilder out = new StringBuilder();
        StringBuilder paragraph = new StringBuilder();
        for (int i = 0; i < lines.size(); i++) {
            String text = lines.get(i).text();
            if (!paragraph.isEmpty() && needsSpace(paragraph.charAt(paragraph.length() - 1), text.charAt(0))) {
                paragraph.append(' ');
            }
            paragraph.append(text);
            if (i + 1 == lines.size() || !continues(lines.get(i), lines.get(i + 1))) {
                out.append(paragraph).append('\n');
                paragraph.setLength(0);
            }
        }
        return out.toString();
    }

    private boolean continues(PdfLine line, PdfLine next) {
        if (!reachesRightMargin(line) || startsNumbered(next) || indented(next) && !continuesCentred(line, next)) {
            return false;
        }
        if (Math.abs(next.em() - line.em()) > SIZE_CHANGE * line.em()) {
            return false;
        }
        if (next.page() == line.page() && next.baseline() - line.baseline() > PARAGRAPH_GAP * lineSpacing) {
            return false;
        }
        return !endsSentence(line.text()) || indentsParagraphs;
    }

    /** A centred title too long for one line fills the first and centres the rest. */
    private boolean continuesCentred(PdfLine line, PdfLine next) {
        Margins m = margins.get(next.page());
        return !indented(line) && Math.abs((next.left() + next.right()) - (m.left() + m.right())) / 2 < next.em()
                && next.page() == line.page();
    }

    private boolean reachesRightMargin(PdfLine line) {
        return line.right() >= margins.get(line.page()).right() - FULL_LINE_SLACK_EM * line.em();
    }

    private boolean indented(PdfLine line) {
        return line.left() >= margins.get(line.page()).left() + INDENT_EM * line.em();
    }

    private static boolean startsNumbered(PdfLine line) {
        return Numbering.of(CharNormalizer.normalize(line.text())).isPresent();
    }

    static boolean endsSentence(String text) {
        int end = text.length();
        while (end > 0 && (CLOSERS.indexOf(text.charAt(end - 1)) >= 0 || Line.isBlank(text.charAt(end - 1)))) {
            end--;
        }
        return end > 0 && SENTENCE_ENDS.indexOf(text.charAt(end - 1)) >= 0;
    }

    /** The body's left margin (most lines start there; indented starts are the minority) and right margin. */
    private static Margins margins(List<PdfLine> lines) {
        float[] lefts = new float[lines.size()];
        float[] rights = new float[lines.size()];
        for (int i = 0; i < lines.size(); i++) {
            lefts[i] = lines.get(i).left();
            rights[i] = lines.get(i).right();
        }
        Arrays.sort(lefts);
        Arrays.sort(rights);
        return new Margins(lefts[lefts.length / 10], rights[rights.length - 1 - rights.length / 10]);
    }

    /** The median distance between consecutive baselines on a page. */
    private static float lineSpacing(List<PdfLine> lines) {
        float[] gaps = new float[lines.size()];
        int n = 0;
        for (int i = 1; i < lines.size(); i++) {
            float gap = lines.get(i).baseline() - lines.get(i - 1).baseline();
            if (lines.get(i).page() == lines.get(i - 1).page() && gap > 0) {
                gaps[n++] = gap;
            }
        }
        if (n == 0) {
            return Float.MAX_VALUE;
        }
        Arrays.sort(gaps, 0, n);
        return gaps[n / 2];
    }

    /** Wrapped English words were separated by a space; wrapped Chinese was not. */
    private static boolean needsSpace(char last, char first) {
        return last < 0x80 && !Line.isBlank(last) && first < 0x80 && Character.isLetterOrDigit(first);
    }
}
