package org.gapcheck.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
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

    public static void write(ReportFacts facts, Writer out) throws IOException {
        ObjectMapper mapper = Json.mapper();
        ObjectNode root = Json.reportHeader(mapper, facts.document());
        ArrayNode sections = root.putArray("sections");
        for (Section s : facts.document().sections()) {
            sections.addObject().put("heading", s.heading()).put("kind", s.kind().id())
                    .put("start", s.start()).put("end", s.end());
        }
        ArrayNode metrics = root.putArray("metrics");
        for (MetricFact m : facts.metrics()) {
            metrics.addObject().put("metric", m.metric()).put("name", m.name()).put("value", m.value())
                    .put("unit", m.unit()).put("qualifier", m.qualifier())
                    .put("period", m.period().name().toLowerCase())
                    .put("scope", m.scope().name().toLowerCase())
                    .put("section", m.section().id()).put("text", m.text())
                    .put("start", m.start()).put("end", m.end());
        }
        ArrayNode mentions = root.putArray("mentions");
        for (Mention m : facts.mentions()) {
            mentions.addObject().put("topic", m.topic()).put("polarity", m.polarity().name().toLowerCase())
                    .put("section", m.section().id()).put("text", m.text())
                    .put("start", m.start()).put("end", m.end());
        }
        ArrayNode shortfalls = root.putArray("shortfalls");
        for (Shortfall s : facts.shortfalls()) {
            ObjectNode shortfall = shortfalls.addObject().put("text", s.text())
                    .put("start", s.start()).put("end", s.end());
            s.topics().forEach(shortfall.putArray("topics")::add);
            shortfall.put("generic", s.generic());
        }
        Json.write(root, out);
    }
}
