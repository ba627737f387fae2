package org.gapcheck.report;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.util.List;
import org.gapcheck.catalogue.LedgerFact;
import org.gapcheck.engine.Assessment;
import org.gapcheck.engine.CheckOutcome;
import org.gapcheck.engine.Evidence;
import org.gapcheck.engine.IndicatorResult;
import org.gapcheck.engine.fact.Finding;

/**
 * The stable JSON result: one object per report, an array for several. Later work adds fields, never renames them.
 */
final class JsonRenderer extends TextRenderer {

    @Override
    public String extension() {
        return "json";
    }

    @Override
    public void render(List<Assessment> assessments, OutputStream out) throws IOException {
        write(assessments, Json.generator(out));
    }

    @Override
    public void write(List<Assessment> assessments, Writer out) throws IOException {
        write(assessments, Json.generator(out));
    }

    private static void write(List<Assessment> assessments, JsonGenerator generator) throws IOException {
        JsonFields out = new JsonFields(generator);
        if (assessments.size() == 1) {
            assessment(out, assessments.get(0));
        } else {
            generator.writeStartArray();
            for (Assessment a : assessments) {
                assessment(out, a);
            }
            generator.writeEndArray();
        }
        Json.finish(generator);
    }

    private static void assessment(JsonFields out, Assessment a) throws IOException {
        out.startObject();
        Json.writeReportHeader(out, a.facts().document());
        out.put("deadline", a.deadline() == null ? null : a.deadline().toString())
                .put("score", a.score().percent())
                .put("score_earned", a.score().earned())
                .put("score_possible", a.score().possible());
        out.startArray("indicators");
        for (IndicatorResult r : a.indicators()) {
            indicator(out, r);
        }
        out.endArray();
        out.startArray("ledger");
        for (LedgerFact f : a.facts().ledger()) {
            out.startObject().put("metric", f.metric()).put("value", f.value()).put("unit", f.unit())
                    .put("source", f.source()).endObject();
        }
        out.endArray();
        out.startArray("findings");
        for (Finding f : a.findings()) {
            out.startObject().put("kind", f.kind()).put("message", f.message())
                    .put("start", f.start()).put("end", f.end()).endObject();
        }
        out.endArray();
        out.endObject();
    }

    private static void indicator(JsonFields out, IndicatorResult r) throws IOException {
        out.startObject()
                .put("no", r.indicator().no())
                .put("topic", r.indicator().code())
                .put("title", r.indicator().title())
                .put("level1", r.indicator().level1())
                .put("level2", r.indicator().level2())
                .put("provenance", r.indicator().provenance().id())
                .put("verdict", r.verdict().name())
                .put("verdict_label", r.verdict().label())
                .put("rule", r.rule())
                .put("verdict_rule", r.verdictRule())
                .put("threshold", r.threshold())
                .put("value", r.value())
                .put("unit", r.unit())
                .put("derived", r.derived())
                .put("shortfall", r.shortfall())
                .put("remedy", r.indicator().remedy());
        out.startArray("checks");
        for (CheckOutcome c : r.checks()) {
            out.startObject().put("rule", c.rule()).put("type", c.type().id()).put("outcome", c.outcome().name())
                    .put("threshold", c.threshold()).put("value", c.value()).endObject();
        }
        out.endArray();
        out.startArray("evidence");
        for (Evidence e : r.evidence()) {
            out.startObject().put("origin", e.isLedger() ? "ledger" : "text").put("text", e.text())
                    .put("start", e.start()).put("end", e.end()).put("sentence", e.sentence())
                    .put("ledger", e.ledger()).endObject();
        }
        out.endArray();
        out.endObject();
    }
}
