package org.gapcheck.catalogue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns a YAML tree into a {@link Catalogue}, validating as it goes and collecting every error rather than stopping at
 * the first. Returns a catalogue only when nothing at all was wrong.
 */
final class CatalogueBinder {

    /** Ids end up as identifiers in generated DRL, so they are restricted to characters that cannot break out of one. */
    static final Pattern ID = Pattern.compile("[A-Za-z0-9_.]+");
    static final Pattern CODE = Pattern.compile("[A-Z0-9_]+");
    /** An edition names a file and a catalogue version, never a DRL identifier, so it may also contain hyphens. */
    static final Pattern EDITION = Pattern.compile("[A-Za-z0-9_.-]+");
    private static final String ID_RULE = "只能由英文字母、数字、下划线和点组成（[A-Za-z0-9_.]+）";
    private static final String EDITION_RULE = "只能由英文字母、数字、下划线、点和连字符组成（[A-Za-z0-9_.-]+）";
    private static final String CODE_RULE = "只能由大写英文字母、数字和下划线组成（[A-Z0-9_]+）";

    private static final List<String> TOP_FIELDS = List.of("edition", "title", "metrics", "topics", "indicators");
    private static final List<String> METRIC_FIELDS = List.of("id", "name", "kind", "aliases", "context");
    private static final List<String> TOPIC_FIELDS = List.of("id", "name", "keywords");
    private static final List<String> INDICATOR_FIELDS = List.of("no", "code", "level1", "level2", "title",
            "requirement", "provenance", "applies_to", "points", "checks", "remedy");
    private static final List<String> CHECK_FIELDS = List.of("type", "metric", "topic", "threshold");
    private static final int MAX_INDICATOR_NO = 999;
    private static final BigDecimal DEFAULT_POINTS = BigDecimal.ONE;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final ErrorList errors;
    /** Every metric id that was well-formed, even when the rest of its metric was not: a reference to it is no error. */
    private final Map<String, YamlNode.Position> declaredMetrics = new HashMap<>();
    private final Map<String, YamlNode.Position> declaredTopics = new HashMap<>();
    private final Map<String, Metric> metrics = new LinkedHashMap<>();
    private final Map<Integer, YamlNode.Position> indicatorNos = new HashMap<>();
    private final Map<String, YamlNode.Position> indicatorCodes = new HashMap<>();

    CatalogueBinder(ErrorList errors) {
        this.errors = errors;
    }

    Optional<Catalogue> bind(YamlNode root) {
        if (!(root instanceof YamlNode.Mapping top)) {
            errors.add(root.position(), null, null, "顶层必须是映射（edition、title、metrics、topics、indicators），实际为"
                    + root.describe());
            return Optional.empty();
        }
        FieldReader fields = new FieldReader(top, errors, null, "");
        fields.rejectUnknownFields(TOP_FIELDS, "目录顶层");
        Optional<String> edition = fields.identifier("edition", EDITION, EDITION_RULE);
        Optional<String> title = fields.text("title");
        List<Metric> metricList = fields.sequence("metrics", true).map(this::bindMetrics).orElse(List.of());
        List<Topic> topicList = fields.sequence("topics", true).map(this::bindTopics).orElse(List.of());
        List<Indicator> indicators = fields.sequence("indicators", false).map(this::bindIndicators).orElse(List.of());
        if (!errors.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Catalogue(edition.orElseThrow(), title.orElseThrow(), metricList, topicList, indicators));
    }

    private List<Metric> bindMetrics(YamlNode.Sequence list) {
        List<Metric> bound = new ArrayList<>();
        for (int i = 0; i < list.items().size(); i++) {
            String prefix = "metrics[" + i + "].";
            asMapping(list.items().get(i), null, prefix, "度量（metric）").ifPresent(mapping -> bindMetric(mapping, prefix)
                    .ifPresent(metric -> {
                        bound.add(metric);
                        metrics.put(metric.id(), metric);
                    }));
        }
        return bound;
    }

    private Optional<Metric> bindMetric(YamlNode.Mapping mapping, String prefix) {
        FieldReader fields = new FieldReader(mapping, errors, null, prefix);
        fields.rejectUnknownFields(METRIC_FIELDS, "度量（metric）");
        Optional<String> id = uniqueId(fields, declaredMetrics, "metric");
        Optional<String> name = fields.text("name");
        Optional<MetricKind> kind = fields.oneOf("kind", MetricKind::byId, ids(MetricKind.values(), MetricKind::id),
                "度量类型 kind");
        Optional<List<String>> aliases = fields.textList("aliases", false);
        Optional<List<String>> context = fields.has("context")
                ? fields.node("context").flatMap(node -> fields.textList(node, "context", true))
                : Optional.of(List.of());
        if (id.isEmpty() || name.isEmpty() || kind.isEmpty() || aliases.isEmpty() || context.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Metric(id.get(), name.get(), kind.get(), aliases.get(), context.get()));
    }

    private List<Topic> bindTopics(YamlNode.Sequence list) {
        List<Topic> bound = new ArrayList<>();
        for (int i = 0; i < list.items().size(); i++) {
            String prefix = "topics[" + i + "].";
            asMapping(list.items().get(i), null, prefix, "主题（topic）")
                    .flatMap(mapping -> bindTopic(mapping, prefix))
                    .ifPresent(bound::add);
        }
        return bound;
    }

    private Optional<Topic> bindTopic(YamlNode.Mapping mapping, String prefix) {
        FieldReader fields = new FieldReader(mapping, errors, null, prefix);
        fields.rejectUnknownFields(TOPIC_FIELDS, "主题（topic）");
        Optional<String> id = uniqueId(fields, declaredTopics, "topic");
        Optional<String> name = fields.text("name");
        Optional<List<String>> keywords = fields.textList("keywords", false);
        if (id.isEmpty() || name.isEmpty() || keywords.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Topic(id.get(), name.get(), keywords.get()));
    }

    private Optional<String> uniqueId(FieldReader fields, Map<String, YamlNode.Position> declared, String what) {
        Optional<String> id = fields.identifier("id", ID, ID_RULE);
        if (id.isEmpty()) {
            return id;
        }
        YamlNode.Position first = declared.putIfAbsent(id.get(), fields.node("id").orElseThrow().position());
        if (first != null) {
            fields.error(fields.node("id").orElseThrow(), "id",
                    "重复的 " + what + " id \"" + id.get() + "\"（第 " + first.line() + " 行已定义）");
            return Optional.empty();
        }
        return id;
    }

    private List<Indicator> bindIndicators(YamlNode.Sequence list) {
        List<Indicator> bound = new ArrayList<>();
        for (int i = 0; i < list.items().size(); i++) {
            String position = "indicators[" + i + "]";
            asMapping(list.items().get(i), null, position + ".", "指标（indicator）").ifPresent(mapping -> {
                String label = indicatorLabel(mapping);
                FieldReader fields = new FieldReader(mapping, errors, label, label == null ? position + "." : "");
                bindIndicator(fields).ifPresent(bound::add);
            });
        }
        return bound;
    }

    private Optional<Indicator> bindIndicator(FieldReader fields) {
        fields.rejectUnknownFields(INDICATOR_FIELDS, "指标（indicator）");
        Optional<Integer> no = fields.integer("no", 1, MAX_INDICATOR_NO)
                .filter(n -> isFirst(indicatorNos, n, fields, "no", "指标序号 no " + n));
        Optional<String> code = fields.identifier("code", CODE, CODE_RULE)
                .filter(c -> isFirst(indicatorCodes, c, fields, "code", "指标代码 code " + c));
        Optional<String> level1 = fields.text("level1");
        Optional<String> level2 = fields.text("level2");
        Optional<String> title = fields.text("title");
        Optional<String> requirement = fields.text("requirement");
        Optional<Provenance> provenance = fields.oneOf("provenance", Provenance::byId,
                ids(Provenance.values(), Provenance::id), "来源可信度 provenance");
        Optional<Set<UnitLevel>> appliesTo = bindAppliesTo(fields);
        Optional<BigDecimal> points = fields.has("points")
                ? fields.node("points").flatMap(node -> nonNegative(fields, node, "points", "分值"))
                : Optional.of(DEFAULT_POINTS);
        Optional<List<Check>> checks = fields.sequence("checks", false).flatMap(list -> bindChecks(fields, list));
        Optional<String> remedy = fields.text("remedy");
        if (no.isEmpty() || code.isEmpty() || level1.isEmpty() || level2.isEmpty() || title.isEmpty()
                || requirement.isEmpty() || provenance.isEmpty() || appliesTo.isEmpty() || points.isEmpty()
                || checks.isEmpty() || remedy.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Indicator(no.get(), code.get(), level1.get(), level2.get(), title.get(),
                requirement.get(), provenance.get(), appliesTo.get(), points.get(), checks.get(), remedy.get()));
    }

    private <K> boolean isFirst(Map<K, YamlNode.Position> seen, K key, FieldReader fields, String field, String what) {
        YamlNode.Position first = seen.putIfAbsent(key, fields.node(field).orElseThrow().position());
        if (first != null) {
            fields.error(fields.node(field).orElseThrow(), field, "重复的" + what + "（第 " + first.line() + " 行已使用）");
            return false;
        }
        return true;
    }

    private Optional<Set<UnitLevel>> bindAppliesTo(FieldReader fields) {
        Optional<YamlNode.Sequence> list = fields.sequence("applies_to", false);
        if (list.isEmpty()) {
            return Optional.empty();
        }
        Set<UnitLevel> levels = EnumSet.noneOf(UnitLevel.class);
        boolean allValid = true;
        List<String> allowed = ids(UnitLevel.values(), UnitLevel::id);
        for (int i = 0; i < list.get().items().size(); i++) {
            YamlNode item = list.get().items().get(i);
            String field = "applies_to[" + i + "]";
            Optional<UnitLevel> level = fields.oneOf(item, field, UnitLevel::byId, allowed, "单位层级");
            if (level.isEmpty()) {
                allValid = false;
            } else if (!levels.add(level.get())) {
                fields.error(item, field, "列表中重复的值 \"" + level.get().id() + "\"");
                allValid = false;
            }
        }
        return allValid ? Optional.of(levels) : Optional.empty();
    }

    private Optional<List<Check>> bindChecks(FieldReader indicator, YamlNode.Sequence list) {
        List<Check> checks = new ArrayList<>();
        boolean allValid = true;
        for (int j = 0; j < list.items().size(); j++) {
            String prefix = indicator.path("checks[" + j + "].");
            Optional<Check> check = asMapping(list.items().get(j), indicator.indicator(), prefix, "检查（check）")
                    .flatMap(mapping -> bindCheck(new FieldReader(mapping, errors, indicator.indicator(), prefix)));
            check.ifPresent(checks::add);
            allValid &= check.isPresent();
        }
        return allValid ? Optional.of(checks) : Optional.empty();
    }

    private Optional<Check> bindCheck(FieldReader fields) {
        Optional<CheckType> type = fields.oneOf("type", CheckType::byId, ids(CheckType.values(), CheckType::id),
                "检查类型 type");
        boolean fieldsValid = fields.rejectUnknownFields(CHECK_FIELDS, "检查（check）");
        if (type.isPresent()) {
            List<String> taken = fieldsOf(type.get());
            for (YamlNode.Entry entry : fields.mapping().entries().values()) {
                if (CHECK_FIELDS.contains(entry.key()) && !taken.contains(entry.key())) {
                    fields.error(entry.keyPosition(), entry.key(), type.get().id() + " 检查不接受字段 " + entry.key()
                            + "；该类型只接受 " + String.join(", ", taken));
                    fieldsValid = false;
                }
            }
        }
        if (type.isEmpty()) {
            return Optional.empty();
        }
        CheckType checkType = type.get();
        Optional<String> metric = Optional.empty();
        Optional<String> topic = Optional.empty();
        Optional<BigDecimal> threshold = Optional.empty();
        boolean valid = fieldsValid;
        if (checkType.needsMetric()) {
            metric = reference(fields, "metric", declaredMetrics, "度量（metric）", checkType);
            valid &= metric.isPresent();
        }
        if (checkType.needsTopic()) {
            topic = reference(fields, "topic", declaredTopics, "主题（topic）", checkType);
            valid &= topic.isPresent();
        }
        if (checkType.needsThreshold()) {
            threshold = threshold(fields, checkType, metric);
            valid &= threshold.isPresent();
        }
        if (!valid) {
            return Optional.empty();
        }
        return Optional.of(new Check(checkType, metric.orElse(null), topic.orElse(null), threshold.orElse(null)));
    }

    private Optional<String> reference(FieldReader fields, String field, Map<String, YamlNode.Position> declared,
            String what, CheckType type) {
        if (!fields.has(field)) {
            fields.missing(field, "（" + type.id() + " 检查必须指明所检查的" + what + "）");
            return Optional.empty();
        }
        YamlNode node = fields.node(field).orElseThrow();
        Optional<String> id = fields.identifier(node, field, ID, ID_RULE);
        if (id.isPresent() && !declared.containsKey(id.get())) {
            String hint = Suggestions.nearest(id.get(), declared.keySet()).map(s -> "；是否想写 " + s + "？").orElse("");
            fields.error(node, field, "引用了未定义的" + what + " \"" + id.get() + "\"" + hint);
            return Optional.empty();
        }
        return id;
    }

    private Optional<BigDecimal> threshold(FieldReader fields, CheckType type, Optional<String> metricId) {
        if (!fields.has("threshold")) {
            fields.missing("threshold", "（" + type.id() + " 检查必须给出阈值）");
            return Optional.empty();
        }
        YamlNode node = fields.node("threshold").orElseThrow();
        Optional<BigDecimal> value = nonNegative(fields, node, "threshold", "阈值");
        Optional<Metric> metric = metricId.map(metrics::get);
        if (value.isPresent() && metric.isPresent() && metric.get().kind() == MetricKind.RATE
                && value.get().compareTo(HUNDRED) > 0) {
            fields.error(node, "threshold", "度量 " + metric.get().id() + " 是比率（百分点），阈值必须在 0 到 100 之间，实际为 "
                    + value.get().toPlainString());
            return Optional.empty();
        }
        return value;
    }

    private Optional<BigDecimal> nonNegative(FieldReader fields, YamlNode node, String field, String label) {
        Optional<BigDecimal> value = fields.number(node, field, label);
        if (value.isPresent() && value.get().signum() < 0) {
            fields.error(node, field, label + "不能为负数，实际为 " + value.get().toPlainString());
            return Optional.empty();
        }
        return value;
    }

    private Optional<YamlNode.Mapping> asMapping(YamlNode node, String indicator, String prefix, String what) {
        if (node instanceof YamlNode.Mapping mapping) {
            return Optional.of(mapping);
        }
        errors.add(node.position(), indicator, stripDot(prefix), "每个" + what + "必须是映射（键: 值），实际为" + node.describe());
        return Optional.empty();
    }

    /**
     * The label an indicator's errors carry, e.g. "I061 LEADER_COURT_APPEARANCE", from whichever of no and code are valid;
     * null when neither is, and then errors name the indicator by its list position instead.
     */
    private static String indicatorLabel(YamlNode.Mapping indicator) {
        List<String> parts = new ArrayList<>();
        YamlNode.Entry no = indicator.entries().get("no");
        if (no != null && no.value() instanceof YamlNode.Scalar scalar && scalar.kind() == YamlNode.ScalarKind.INTEGER
                && scalar.number() != null && scalar.number().compareTo(BigDecimal.ONE) >= 0
                && scalar.number().compareTo(BigDecimal.valueOf(MAX_INDICATOR_NO)) <= 0) {
            parts.add(String.format("I%03d", scalar.number().intValueExact()));
        }
        YamlNode.Entry code = indicator.entries().get("code");
        if (code != null && code.value() instanceof YamlNode.Scalar scalar && scalar.kind() == YamlNode.ScalarKind.TEXT
                && CODE.matcher(scalar.text()).matches()) {
            parts.add(scalar.text());
        }
        return parts.isEmpty() ? null : String.join(" ", parts);
    }

    /** The fields a check of this type takes; the rest of CHECK_FIELDS are refused for it. */
    private static List<String> fieldsOf(CheckType type) {
        List<String> taken = new ArrayList<>(List.of("type"));
        if (type.needsMetric()) {
            taken.add("metric");
        }
        if (type.needsTopic()) {
            taken.add("topic");
        }
        if (type.needsThreshold()) {
            taken.add("threshold");
        }
        return taken;
    }

    private static String stripDot(String prefix) {
        return prefix.endsWith(".") ? prefix.substring(0, prefix.length() - 1) : prefix;
    }

    private static <E> List<String> ids(E[] values, java.util.function.Function<E, String> id) {
        return Arrays.stream(values).map(id).toList();
    }
}
