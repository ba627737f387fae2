package org.gapcheck.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
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
    public void write(List<Assessment> assessments, Writer out) throws IOException {
        ObjectMapper mapper = Json.mapper();
        JsonNode root;
        if (assessments.size() == 1) {
            root = assessment(mapper, assessments.get(0));
        } else {
            ArrayNode array = mapper.createArrayNode();
            assessments.forEach(a -> array.add(assessment(mapper, a)));
            root = array;
        }
        Json.write(root, out);
    }

    private static ObjectNode assessment(ObjectMapper mapper, Assessment a) {
        ObjectNode node = Json.reportHeader(mapper, a.facts().document());
        node.put("deadline", a.deadline() == null ? null : a.deadline().toString());
        node.put("score", a.score().percent());
        node.put("score_earned", a.score().earned());
        node.put("score_possible", a.score().possible());
        ArrayNode indicators = node.putArray("indicators");
        for (IndicatorResult r : a.indicators()) {
            indicators.add(indicator(mapper, r));
        }
        ArrayNode ledger = node.putArray("ledger");
        for (LedgerFact f : a.facts().ledger()) {
            ledger.addObject().put("metric", f.metric()).put("value", f.value()).put("unit", f.unit())
                    .put("source", f.source());
        }
        ArrayNode findings = node.putArray("findings");
        for (Finding f : a.findings()) {
            findings.addObject().put("kind", f.kind()).put("message", f.message())
                    .put("start", f.start()).put("end", f.end());
        }
        return node;
    }

    private static ObjectNode indicator(ObjectMapper mapper, IndicatorResult r) {
        ObjectNode node = mapper.createObjectNode();
        node.put("no", r.indicator().no());
        node.put("topic", r.indicator().code());
        node.put("title", r.indicator().title());
        node.put("level1", r.indicator().level1());
        node.put("level2", r.indicator().level2());
        node.put("provenance", r.indicator().provenance().id());
        node.put("verdict", r.verdict().name());
        node.put("verdict_label", r.verdict().label());
        node.put("rule", r.rule());
        node.put("verdict_rule", r.verdictRule());
        node.put("threshold", r.threshold());
        node.put("value", r.value());
        node.put("unit", r.unit());
        node.put("derived", r.derived());
        node.put("shortfall", r.shortfall());
        node.put("remedy", r.indicator().remedy());
        ArrayNode checks = node.putArray("checks");
        for (CheckOutcome c : r.checks()) {
            checks.addObject().put("rule", c.rule()).put("type", c.type().id()).put("outcome", c.outcome().name())
                    .put("threshold", c.threshold()).put("value", c.value());
        }
        ArrayNode evidence = node.putArray("evidence");
        for (Evidence e : r.evidence()) {
            evidence.addObject().put("origin", e.isLedger() ? "ledger" : "text").put("text", e.text())
                    .put("start", e.start()).put("end", e.end()).put("sentence", e.sentence())
                    .put("ledger", e.ledger());
        }
        return node;
    }
}
