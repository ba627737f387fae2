package org.gapcheck.report;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.gapcheck.engine.Verdict;

/** The ranking alone, as CSV: place, submission, unit, year, score and the verdict counts, best first. */
final class CsvRankingRenderer implements MatrixRenderer {

    @Override
    public String extension() {
        return "csv";
    }

    @Override
    public String baseName() {
        return "ranking";
    }

    @Override
    public void render(Matrix matrix, OutputStream stream) throws IOException {
        Writer out = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8));
        CsvRenderer.writeHeader(CsvMatrixRenderer.rankingHeader(), out);
        for (Matrix.Ranked ranked : matrix.ranking()) {
            CsvRenderer.writeRow(CsvMatrixRenderer.rankingFields(ranked), out);
        }
        out.flush();
    }
}
