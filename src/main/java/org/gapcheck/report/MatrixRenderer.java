package org.gapcheck.report;

import java.io.IOException;
import java.io.OutputStream;

/** Writes a batch's matrix of submissions × indicators, with the ranking, in one format. */
public interface MatrixRenderer {
    void render(Matrix matrix, OutputStream out) throws IOException;

    /** The file extension of this format, without the dot. */
    String extension();

    /** The file name a batch writes this to, without the extension. */
    default String baseName() {
        return "matrix";
    }
}
