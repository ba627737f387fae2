package org.gapcheck.report;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.math.BigDecimal;

/**
 * Name–value pairs written straight to a generator, a missing value as JSON null. The per-report results are streamed
 * rather than built as a tree first: a batch writes one such file per report, and the tree cost more than the rules.
 */
final class JsonFields {
    private final JsonGenerator out;

    JsonFields(JsonGenerator out) {
        this.out = out;
    }

    JsonFields put(String name, String value) throws IOException {
        out.writeStringField(name, value);
        return this;
    }

    JsonFields put(String name, int value) throws IOException {
        out.writeNumberField(name, value);
        return this;
    }

    JsonFields put(String name, Integer value) throws IOException {
        out.writeFieldName(name);
        if (value == null) {
            out.writeNull();
        } else {
            out.writeNumber(value);
        }
        return this;
    }

    JsonFields put(String name, boolean value) throws IOException {
        out.writeBooleanField(name, value);
        return this;
    }

    /** Written as the number stands (23.0 stays 23.0), never in exponent form. */
    JsonFields put(String name, BigDecimal value) throws IOException {
        out.writeFieldName(name);
        out.writeNumber(value);
        return this;
    }

    JsonFields startObject() throws IOException {
        out.writeStartObject();
        return this;
    }

    JsonFields startObject(String name) throws IOException {
        out.writeObjectFieldStart(name);
        return this;
    }

    JsonFields startArray(String name) throws IOException {
        out.writeArrayFieldStart(name);
        return this;
    }

    void endObject() throws IOException {
        out.writeEndObject();
    }

    void endArray() throws IOException {
        out.writeEndArray();
    }
}
