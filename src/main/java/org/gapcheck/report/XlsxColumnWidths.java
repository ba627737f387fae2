package org.gapcheck.report;

import org.apache.poi.ss.usermodel.Sheet;

/**
 * Column widths from what the columns hold, measured in East Asian display width: Excel's width unit is about the
 * width of a digit, and a Chinese character takes two. A column is as wide as its widest line plus a margin, but no
 * wider than a cap; longer texts wrap.
 */
final class XlsxColumnWidths {
    private static final int MARGIN = 2;

    private final int[] widest;
    private final int cap;

    XlsxColumnWidths(int columns, int cap) {
        this.widest = new int[columns];
        this.cap = cap;
    }

    /** Notes a text shown in column {@code column}. */
    void see(int column, String text) {
        if (text == null) {
            return;
        }
        for (String line : text.split("\n", -1)) {
            widest[column] = Math.max(widest[column], DisplayWidth.of(line));
        }
    }

    /** Keeps column {@code column} at least {@code width} wide, e.g. room to write in an empty column. */
    void atLeast(int column, int width) {
        widest[column] = Math.max(widest[column], width);
    }

    /** The width of column {@code column} in characters. */
    int width(int column) {
        return Math.min(cap, widest[column] + MARGIN);
    }

    void applyTo(Sheet sheet) {
        for (int c = 0; c < widest.length; c++) {
            // POI widths are in 1/256 of a character.
            sheet.setColumnWidth(c, width(c) * 256);
        }
    }
}
