package org.gapcheck.report;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.Writer;
import org.gapcheck.extract.Mention;
import org.gapcheck.extract.MetricFact;
import org.gapcheck.extract.ReportFacts;
import org.gapcheck.extract.Shortfall;
import org.gapcheck.ingest.Section;

/**
 * The extracted facts of one report as JSON, the stable schema tests and evaluations read. Offsets are Java char
 * offsets into the decoded original text, and each {@code text} is exactly that substring.
 */
public final class FactsWriter {
    private FactsWriter() {}

    public static void write(ReportFacts facts, Writer writer) throws IOException {
        JsonGenerator generator = Json.generator(writer);
        JsonFields out = new JsonFields(generator);
        out.startObject();
        Json.writeReportHeader(out, facts.document());
        out.startArray("sections");
        for (Section s : facts.document().sections()) {
            out.startObject().put("heading", s.heading()).put("kind", s.kind().id())
                    .put("start", s.start()).put("end", s.end()).endObject();
        }
        out.endArray();
        out.startArray("metrics");
        for (MetricFact m : facts.metrics()) {
            out.startObject().put("metric", m.metric()).put("name", m.name()).put("value", m.value())
                    .put("unit", m.unit()).put("qualifier", m.qualifier())
                    .put("period", m.period().name().toLowerCase())
                    .put("scope", m.scope().name().toLowerCase())
                    .put("section", m.section().id()).put("text", m.text())
                    .put("start", m.start()).put("end", m.end()).endObject();
        }
        out.endArray();
        out.startArray("mentions");
        for (Mention m : facts.mentions()) {
            out.startObject().put("topic", m.topic()).put("polarity", m.polarity().name().toLowerCase())
                    .put("section", m.section().id()).put("text", m.text())
                    .put("start", m.start()).put("end", m.end()).endObject();
        }
        out.endArray();
        out.startArray("shortfalls");
        for (Shortfall s : facts.shortfalls()) {
            out.startObject().put("text", s.text()).put("start", s.start()).put("end", s.end());
            out.startArray("topics");
            for (String topic : s.topics()) {
                generator.writeString(topic);
            }
            out.endArray();
            out.put("generic", s.generic()).endObject();
        }
        out.endArray();
        out.endObject();
        Json.finish(generator);
    }
}
