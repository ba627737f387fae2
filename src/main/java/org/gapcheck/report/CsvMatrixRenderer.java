package org.gapcheck.report;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.gapcheck.catalogue.Indicator;
import org.gapcheck.engine.Verdict;

/** The matrix as CSV: rank, submission, unit, year, score, the verdict counts, then one column per indicator. */
final class CsvMatrixRenderer implements MatrixRenderer {

    @Override
    public String extension() {
        return "csv";
    }

    @Override
    public void render(Matrix matrix, OutputStream stream) throws IOException {
        Writer out = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8));
        List<String> header = rankingHeader();
        for (Indicator i : matrix.indicators()) {
            header.add(i.no() + " " + i.title());
        }
        CsvRenderer.writeHeader(header, out);
        for (Matrix.Ranked ranked : matrix.ranking()) {
            List<String> fields = rankingFields(ranked);
            ranked.row().verdicts().forEach(v -> fields.add(v.label()));
            CsvRenderer.writeRow(fields, out);
        }
        out.flush();
    }

    /** 名次, 报告, 单位, 年度, 得分 and one column per verdict: the columns the matrix and the ranking share. */
    static List<String> rankingHeader() {
        List<String> header = new ArrayList<>(List.of("名次", "报告", "单位", "年度", "得分"));
        for (Verdict v : Verdict.values()) {
            header.add(v.label());
        }
        return header;
    }

    static List<String> rankingFields(Matrix.Ranked ranked) {
        Matrix.Row row = ranked.row();
        List<String> fields = new ArrayList<>(List.of(Integer.toString(ranked.rank()), row.submission(),
                row.unit() == null ? "" : row.unit(), row.year() == null ? "" : row.year().toString(),
                Texts.number(row.score())));
        for (Verdict v : Verdict.values()) {
            fields.add(Long.toString(row.count(v)));
        }
        return fields;
    }
}
