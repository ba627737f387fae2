package org.gapcheck.cli;

import java.util.ArrayList;
import java.util.List;
import org.gapcheck.engine.Verdict;
import org.gapcheck.report.DisplayWidth;
import org.gapcheck.report.Matrix;
import org.gapcheck.report.TerminalText;

/**
 * The batch ranking as an aligned table for the terminal: place, score, the verdict counts, unit, year, submission (the
 * unit and submission as {@link TerminalText} shows them).
 */
final class RankingTable {
    private RankingTable() {}

    static List<String> lines(Matrix matrix) {
        List<List<String>> rows = new ArrayList<>();
        List<String> header = new ArrayList<>(List.of("名次", "得分"));
        for (Verdict v : Verdict.values()) {
            header.add(v.label());
        }
        header.addAll(List.of("单位", "年度", "报告"));
        rows.add(header);
        for (Matrix.Ranked ranked : matrix.ranking()) {
            Matrix.Row row = ranked.row();
            List<String> cells = new ArrayList<>(List.of(Integer.toString(ranked.rank()),
                    row.score() == null ? "—" : row.score().stripTrailingZeros().toPlainString()));
            for (Verdict v : Verdict.values()) {
                cells.add(Long.toString(row.count(v)));
            }
            cells.add(row.unit() == null ? "—" : TerminalText.visible(row.unit()));
            cells.add(row.year() == null ? "—" : row.year().toString());
            cells.add(TerminalText.visible(row.submission()));
            rows.add(cells);
        }
        int columns = header.size();
        int[] widths = new int[columns];
        for (List<String> cells : rows) {
            for (int c = 0; c < columns; c++) {
                widths[c] = Math.max(widths[c], DisplayWidth.of(cells.get(c)));
            }
        }
        int textColumns = 3;
        List<String> lines = new ArrayList<>();
        for (List<String> cells : rows) {
            StringBuilder line = new StringBuilder();
            for (int c = 0; c < columns; c++) {
                boolean text = c >= columns - textColumns;
                boolean last = c == columns - 1;
                if (c > 0) {
                    line.append("  ");
                }
                // Numbers line up on the right, names on the left; the last column is not padded.
                line.append(last ? cells.get(c)
                        : text ? DisplayWidth.padRight(cells.get(c), widths[c]) : DisplayWidth.padLeft(cells.get(c), widths[c]));
            }
            lines.add(line.toString());
        }
        return lines;
    }
}
