package org.gapcheck.ingest;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * The text lines of a PDF in reading order (PDFBox's text stripper, sorted by position), each with its geometry, so that
 * page furniture and wrapped paragraphs can be told apart by where the lines sit rather than by their wording alone.
 */
final class PdfLines extends PDFTextStripper {

    /** A page of a report holds a few thousand characters; a page with far more glyphs is a flood, not text. */
    static final int MAX_GLYPHS_PER_PAGE = 100_000;

    /** Thrown from inside PDFBox's page processing to stop reading a PDF that holds more text than any report. */
    static final class TooMuchText extends RuntimeException {
        final String reason;

        TooMuchText(String reason) {
            super(reason, null, false, false);
            this.reason = reason;
        }
    }

    private final List<PdfLine> lines = new ArrayList<>();
    /** Pages PDFBox reads only in part (see {@link PageDamage}), numbered from 1. */
    private final List<Integer> damagedPages = new ArrayList<>();
    private final StringBuilder text = new StringBuilder();
    private final List<TextPosition> glyphs = new ArrayList<>();
    private int pageIndex = -1;
    private int glyphsOnPage;
    private long chars;

    private PdfLines() {
        setSortByPosition(true);
        // Leaves ascii spaces between CJK glyphs of justified text to the cleanup in PdfParagraphs.
        setLineSeparator("\n");
    }

    /** All lines of all pages, page after page, top to bottom, and the pages whose text was read only in part. */
    record Pages(List<PdfLine> lines, List<Integer> damaged) {}

    static Pages of(PDDocument document) throws IOException {
        PdfLines collector = new PdfLines();
        collector.writeText(document, Writer.nullWriter());
        return new Pages(collector.lines, collector.damagedPages);
    }

    @Override
    protected void startPage(PDPage page) throws IOException {
        pageIndex++;
        glyphsOnPage = 0;
        if (PageDamage.of(page)) {
            damagedPages.add(pageIndex + 1);
        }
        super.startPage(page);
    }

    @Override
    protected void processTextPosition(TextPosition glyph) {
        if (++glyphsOnPage > MAX_GLYPHS_PER_PAGE) {
            throw new TooMuchText("PDF 第 " + (pageIndex + 1) + " 页的文字超过 " + MAX_GLYPHS_PER_PAGE + " 字，不像是一份报告");
        }
        super.processTextPosition(glyph);
    }

    @Override
    protected void writeString(String word, List<TextPosition> positions) {
        text.append(word);
        glyphs.addAll(positions);
    }

    @Override
    protected void writeWordSeparator() {
        text.append(' ');
    }

    @Override
    protected void writeLineSeparator() {
        endLine();
    }

    @Override
    protected void endPage(PDPage page) throws IOException {
        endLine();
        super.endPage(page);
    }

    private void endLine() {
        String line = text.toString().strip();
        chars += line.length();
        if (chars > DocumentReader.MAX_TEXT_CHARS) {
            throw new TooMuchText("提取出的文字超过上限 " + DocumentReader.MAX_TEXT_CHARS + " 字，不像是一份报告");
        }
        if (!line.isEmpty() && !glyphs.isEmpty()) {
            float left = Float.MAX_VALUE;
            float right = -Float.MAX_VALUE;
            for (TextPosition g : glyphs) {
                left = Math.min(left, g.getXDirAdj());
                right = Math.max(right, g.getXDirAdj() + g.getWidthDirAdj());
            }
            lines.add(new PdfLine(line, pageIndex, left, right, glyphs.get(0).getYDirAdj(), em(glyphs)));
        }
        text.setLength(0);
        glyphs.clear();
    }

    /** The median advance of the line's wide (CJK) glyphs, else its median font size: what one character measures. */
    private static float em(List<TextPosition> glyphs) {
        float[] sizes = new float[glyphs.size()];
        int wide = 0;
        for (TextPosition g : glyphs) {
            if (isWide(g.getUnicode())) {
                sizes[wide++] = g.getWidthDirAdj();
            }
        }
        if (wide == 0) {
            for (TextPosition g : glyphs) {
                sizes[wide++] = g.getFontSizeInPt();
            }
        }
        Arrays.sort(sizes, 0, wide);
        float em = sizes[wide / 2];
        return em > 0 && Float.isFinite(em) ? em : 1;
    }

    private static boolean isWide(String unicode) {
        return unicode != null && !unicode.isEmpty() && unicode.charAt(0) >= '\u2E80';
    }
}
