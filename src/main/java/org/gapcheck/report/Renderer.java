package org.gapcheck.report;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.gapcheck.engine.Assessment;

/** Writes the assessments of one run in one output format. */
public interface Renderer {
    void render(List<Assessment> assessments, Writer out) throws IOException;
}
