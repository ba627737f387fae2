package org.gapcheck.report;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import org.gapcheck.engine.Assessment;
import org.gapcheck.engine.IndicatorResult;

/**
 * The gap list as CSV (RFC 4180), one row per report and indicator. It starts with a byte-order mark: Excel and WPS
 * read a UTF-8 file without one as the local ANSI code page and garble every Chinese character.
 */
final class CsvRenderer extends TextRenderer {

    @Override
    public String extension() {
        return "csv";
    }

    private static final char BOM = '\uFEFF';

    @Override
    public void write(List<Assessment> assessments, Writer out) throws IOException {
        List<String> header = new ArrayList<>(List.of("报告文件", "单位"));
        GapColumn.GAP_LIST.forEach(c -> header.add(c.title()));
        writeHeader(header, out);
        for (Assessment a : assessments) {
            for (IndicatorResult r : a.indicators()) {
                List<String> row = new ArrayList<>(List.of(a.facts().document().name(), Texts.title(a)));
                GapColumn.GAP_LIST.forEach(c -> row.add(c.value().apply(r)));
                writeRow(row, out);
            }
        }
    }

    /** The first row, after the byte-order mark. */
    static void writeHeader(List<String> fields, Writer out) throws IOException {
        out.write(BOM);
        writeRow(fields, out);
    }

    /** A row of fields, each written by {@link CsvCell}: the one rule of every CSV file gapcheck writes. */
    static void writeRow(List<String> fields, Writer out) throws IOException {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(CsvCell.of(fields.get(i)));
        }
        out.write("\r\n");
    }
}
