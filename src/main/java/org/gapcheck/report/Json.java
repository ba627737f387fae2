package org.gapcheck.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import org.gapcheck.ingest.Document;

/** JSON plumbing shared by the result and facts formats. */
final class Json {
    private Json() {}

    static ObjectMapper mapper() {
        return new ObjectMapper()
                .enable(SerializationFeature.INDENT_OUTPUT)
                .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
                .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    }

    /** The fields that open every per-report object: report, unit, unit_level, year. */
    static ObjectNode reportHeader(ObjectMapper mapper, Document d) {
        ObjectNode node = mapper.createObjectNode();
        node.put("report", d.name());
        node.put("unit", d.unit());
        node.put("unit_level", d.unitLevel() == null ? null : d.unitLevel().id());
        node.put("year", d.year());
        node.put("published", d.published() == null ? null : d.published().date().toString());
        return node;
    }

    static void write(JsonNode root, Writer out) throws IOException {
        mapper().writeValue(out, root);
        out.write("\n");
    }
}
