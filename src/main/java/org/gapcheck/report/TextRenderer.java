package org.gapcheck.report;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.gapcheck.engine.Assessment;

/** A format that is UTF-8 text, and so can also be printed to a terminal. */
public abstract class TextRenderer implements Renderer {

    @Override
    public void render(List<Assessment> assessments, OutputStream out) throws IOException {
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        write(assessments, writer);
        writer.flush();
    }

    public abstract void write(List<Assessment> assessments, Writer out) throws IOException;
}
