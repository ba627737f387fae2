package org.gapcheck.ingest;

/**
 * One line of text as a PDF page lays it out: its text, the page it is on (from 0), where it starts and ends across the
 * page and where its baseline lies down the page (points, from the page's top left), and the width of one CJK character
 * in its font ({@code em}), the unit every layout tolerance is measured in.
 */
record PdfLine(String text, int page, float left, float right, float baseline, float em) {}
