package org.gapcheck.report;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.gapcheck.engine.Assessment;

/** Writes the assessments of one run in one output format. */
public interface Renderer {
    void render(List<Assessment> assessments, OutputStream out) throws IOException;

    /** The file extension of this format, without the dot. */
    String extension();
}
