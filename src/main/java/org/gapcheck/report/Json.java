package org.gapcheck.report;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import org.gapcheck.ingest.Document;

/** JSON plumbing shared by the result, facts and comparison formats: one configured mapper, indented output. */
final class Json {
    /** Configured once: a mapper is thread-safe to use and costly to build. */
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

    private Json() {}

    static ObjectMapper mapper() {
        return MAPPER;
    }

    /** A generator indented as the mapper indents, with the mapper's plain decimals, leaving {@code out} open. */
    static JsonGenerator generator(Writer out) throws IOException {
        return MAPPER.getFactory().createGenerator(out).useDefaultPrettyPrinter();
    }

    /** Straight to UTF-8 bytes, without a character encoder in between. */
    static JsonGenerator generator(OutputStream out) throws IOException {
        return MAPPER.getFactory().createGenerator(out, JsonEncoding.UTF8).useDefaultPrettyPrinter();
    }

    /** The fields that open every per-report object: report, unit, unit_level, year, published. */
    static void writeReportHeader(JsonFields out, Document d) throws IOException {
        out.put("report", d.name())
                .put("unit", d.unit())
                .put("unit_level", d.unitLevel() == null ? null : d.unitLevel().id())
                .put("year", d.year())
                .put("published", d.published() == null ? null : d.published().date().toString());
    }

    /** Ends a streamed document as {@link #write} ends a tree: with a newline. */
    static void finish(JsonGenerator generator) throws IOException {
        generator.writeRaw('\n');
        generator.close();
    }

    static void write(JsonNode root, Writer out) throws IOException {
        MAPPER.writeValue(out, root);
        out.write("\n");
    }
}
