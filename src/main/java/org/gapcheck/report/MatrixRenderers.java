package org.gapcheck.report;

import java.util.List;

/** The formats a batch writes its matrix in. */
public final class MatrixRenderers {
    private MatrixRenderers() {}

    public static List<MatrixRenderer> all() {
        return List.of(new CsvMatrixRenderer(), new CsvRankingRenderer(), new XlsxMatrixRenderer(), new HtmlMatrixRenderer());
    }
}
