package org.gapcheck.catalogue;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Loads a ledger of facts the office adds to a run ({@code --facts FILE.yaml}), validated against the catalogue like
 * the catalogue itself: every error at once, each with its line:column and field.
 * <pre>
 * facts:
 *   - metric: court_appearance_rate
 *     value: 100
 *     source: 区司法局行政应诉台账
 *     report: 001_2dee9f555e64716b.txt   # optional: only this report
 * </pre>
 */
public final class LedgerLoader {
    private static final List<String> TOP_FIELDS = List.of("facts");
    private static final List<String> FACT_FIELDS = List.of("metric", "value", "unit", "source", "report");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private LedgerLoader() {}

    public static List<LedgerFact> load(Path file, Catalogue catalogue) throws LedgerException {
        String sourceName = file.toString();
        var decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try (Reader text = new InputStreamReader(Files.newInputStream(file), decoder)) {
            Optional<String> oversize = YamlTreeReader.oversize(file);
            if (oversize.isPresent()) {
                throw unreadable(sourceName, oversize.get());
            }
            return load(sourceName, text, catalogue);
        } catch (NoSuchFileException e) {
            throw unreadable(sourceName, "文件不存在");
        } catch (CharacterCodingException e) {
            throw unreadable(sourceName, "文件不是有效的 UTF-8 编码");
        } catch (IOException e) {
            throw unreadable(sourceName, "无法读取文件（" + e.getClass().getSimpleName() + "）");
        }
    }

    public static List<LedgerFact> load(String sourceName, String text, Catalogue catalogue) throws LedgerException {
        try {
            return load(sourceName, new StringReader(text), catalogue);
        } catch (IOException e) {
            throw unreadable(sourceName, "无法读取（" + e.getClass().getSimpleName() + "）");
        }
    }

    private static List<LedgerFact> load(String sourceName, Reader text, Catalogue catalogue) throws IOException,
            LedgerException {
        ErrorList errors = new ErrorList(sourceName);
        Optional<YamlNode> root = YamlTreeReader.read(text, errors, "文件是空的：顶层必须是包含 facts 列表的映射");
        List<LedgerFact> facts = root.map(node -> bind(node, errors, catalogue.metricsById())).orElse(List.of());
        if (!errors.isEmpty()) {
            throw new LedgerException(sourceName, errors.sorted());
        }
        return facts;
    }

    private static List<LedgerFact> bind(YamlNode root, ErrorList errors, Map<String, Metric> metrics) {
        if (!(root instanceof YamlNode.Mapping top)) {
            errors.add(root.position(), null, null, "顶层必须是包含 facts 列表的映射，实际为" + root.describe());
            return List.of();
        }
        FieldReader fields = new FieldReader(top, errors, null, "");
        fields.rejectUnknownFields(TOP_FIELDS, "台账顶层");
        List<LedgerFact> facts = new ArrayList<>();
        Optional<YamlNode.Sequence> items = fields.sequence("facts", false);
        for (int i = 0; items.isPresent() && i < items.get().items().size(); i++) {
            YamlNode item = items.get().items().get(i);
            String prefix = "facts[" + i + "].";
            if (item instanceof YamlNode.Mapping mapping) {
                bindFact(new FieldReader(mapping, errors, null, prefix), metrics).ifPresent(facts::add);
            } else {
                errors.add(item.position(), null, "facts[" + i + "]", "每条台账数据必须是映射（metric、value、source），实际为"
                        + item.describe());
            }
        }
        return facts;
    }

    private static Optional<LedgerFact> bindFact(FieldReader fields, Map<String, Metric> metrics) {
        boolean valid = fields.rejectUnknownFields(FACT_FIELDS, "台账数据");
        Optional<Metric> metric = fields.text("metric").flatMap(id -> {
            Metric known = metrics.get(id);
            if (known == null) {
                String hint = Suggestions.nearest(id, metrics.keySet()).map(s -> "；是否想写 " + s + "？").orElse("");
                fields.error(fields.node("metric").orElseThrow(), "metric", "指标目录中没有数据项 " + id + hint);
            }
            return Optional.ofNullable(known);
        });
        Optional<BigDecimal> value = fields.required("value")
                .flatMap(node -> fields.number(node, "value", "数值"))
                .filter(v -> metric.isEmpty() || inRange(fields, metric.get(), v));
        Optional<String> source = fields.text("source");
        Optional<String> unit = fields.has("unit") ? fields.text("unit") : Optional.of("");
        Optional<String> report = fields.has("report") ? fields.text("report") : Optional.of("");
        if (!valid || metric.isEmpty() || value.isEmpty() || source.isEmpty() || unit.isEmpty() || report.isEmpty()) {
            return Optional.empty();
        }
        String shownUnit = metric.get().kind() == MetricKind.RATE ? "%" : unit.get();
        return Optional.of(new LedgerFact(metric.get().id(), value.get(), shownUnit, source.get(),
                report.get().isEmpty() ? null : report.get()));
    }

    private static boolean inRange(FieldReader fields, Metric metric, BigDecimal value) {
        boolean rate = metric.kind() == MetricKind.RATE;
        if (value.signum() < 0 || rate && value.compareTo(HUNDRED) > 0) {
            fields.error(fields.node("value").orElseThrow(), "value", metric.name() + "的数值必须在 "
                    + (rate ? "0 到 100 之间（百分数）" : "0 以上") + "，实际为 " + value.toPlainString());
            return false;
        }
        return true;
    }

    private static LedgerException unreadable(String sourceName, String message) {
        ErrorList errors = new ErrorList(sourceName);
        errors.addUnlocated(message);
        return new LedgerException(sourceName, errors.sorted());
    }
}
