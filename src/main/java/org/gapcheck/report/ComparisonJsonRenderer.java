package org.gapcheck.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.gapcheck.engine.Evidence;
import org.gapcheck.report.YearComparison.IndicatorChange;
import org.gapcheck.report.YearComparison.MetricRow;
import org.gapcheck.report.YearComparison.Side;
import org.gapcheck.report.YearComparison.StatedValue;
import org.gapcheck.report.YearComparison.VerdictCount;

/**
 * The comparison as one JSON object. Numbers are plain (81.25, not a string); the Chinese wording of each change is
 * kept beside them so that a consumer can show what the console shows.
 */
final class ComparisonJsonRenderer extends ComparisonRenderer {

    @Override
    public String extension() {
        return "json";
    }

    @Override
    public void write(YearComparison c, Writer out) throws IOException {
        ObjectMapper mapper = Json.mapper();
        ObjectNode root = mapper.createObjectNode();
        root.set("old", side(mapper, c.older()));
        root.set("new", side(mapper, c.newer()));
        root.put("score_change", c.scoreChange());
        ArrayNode warnings = root.putArray("warnings");
        c.warnings().forEach(warnings::add);
        ArrayNode counts = root.putArray("verdict_counts");
        for (VerdictCount v : c.counts()) {
            counts.addObject().put("verdict", v.verdict().name()).put("verdict_label", v.verdict().label())
                    .put("old", v.older()).put("new", v.newer()).put("change", v.change());
        }
        ArrayNode metrics = root.putArray("metrics");
        for (MetricRow r : c.metrics()) {
            ObjectNode row = metrics.addObject();
            row.put("metric", r.metric());
            row.put("name", r.name());
            row.set("old", stated(mapper, r.older()));
            row.set("new", stated(mapper, r.newer()));
            row.put("delta", r.delta());
            row.put("relative_change_percent", r.relativePercent());
            row.put("change", r.change());
        }
        root.set("verdict_changes", changes(mapper, c.changes()));
        root.set("new_gaps", changes(mapper, c.newGaps()));
        root.set("resolved_gaps", changes(mapper, c.resolvedGaps()));
        Json.write(root, out);
    }

    private static ObjectNode side(ObjectMapper mapper, Side s) {
        ObjectNode node = mapper.createObjectNode();
        node.put("report", s.report());
        node.put("title", s.title());
        node.put("unit", s.unit());
        node.put("unit_level", s.unitLevel() == null ? null : s.unitLevel().id());
        node.put("year", s.year());
        node.put("score", s.score());
        return node;
    }

    private static ObjectNode stated(ObjectMapper mapper, StatedValue v) {
        if (v == null) {
            return null;
        }
        ObjectNode node = mapper.createObjectNode();
        node.put("value", v.value());
        node.put("unit", v.unit());
        node.put("qualifier", v.qualifier());
        node.put("display", v.display());
        node.put("text", v.span());
        node.put("start", v.start());
        node.put("end", v.end());
        return node;
    }

    private static ArrayNode changes(ObjectMapper mapper, List<IndicatorChange> changes) {
        ArrayNode array = mapper.createArrayNode();
        for (IndicatorChange ch : changes) {
            ObjectNode node = array.addObject();
            node.put("no", ch.no());
            node.put("topic", ch.code());
            node.put("title", ch.title());
            node.put("old_verdict", ch.older().name());
            node.put("old_verdict_label", ch.older().label());
            node.put("new_verdict", ch.newer().name());
            node.put("new_verdict_label", ch.newer().label());
            node.put("old_shortfall", ch.olderShortfall().isEmpty() ? null : ch.olderShortfall());
            node.put("new_shortfall", ch.shortfall().isEmpty() ? null : ch.shortfall());
            node.set("new_evidence", evidence(mapper, ch.evidence()));
        }
        return array;
    }

    private static ObjectNode evidence(ObjectMapper mapper, Evidence e) {
        if (e == null) {
            return null;
        }
        ObjectNode node = mapper.createObjectNode();
        node.put("text", e.text());
        node.put("start", e.start());
        node.put("end", e.end());
        node.put("sentence", e.sentence());
        node.put("ledger", e.ledger());
        return node;
    }
}
