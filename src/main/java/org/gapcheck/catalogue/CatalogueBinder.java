package org.gapcheck.catalogue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.time.MonthDay;
import java.util.EnumMap;
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

    private static final List<String> TOP_FIELDS = List.of("edition", "title", "scoring", "report_deadline", "metrics",
            "topics", "indicators");
    private static final List<String> SCORING_FIELDS = List.of("default_points", "credit");
    private static final List<String> CREDIT_FIELDS = List.of("met", "partial", "gap", "no_evidence");
    private static final List<String> METRIC_FIELDS = List.of("id", "name", "kind", "aliases", "context", "ratio");
    private static final List<String> RATIO_FIELDS = List.of("part", "whole");
    private static final List<String> TOPIC_FIELDS = List.of("id", "name", "keywords", "negative");
    private static final Pattern MONTH_DAY = Pattern.compile("(\\d{2})-(\\d{2})");
    private static final List<String> INDICATOR_FIELDS = List.of("no", "code", "level1", "level2", "title",
            "requirement", "provenance", "applies_to", "points", "checks", "remedy");
    private static final List<String> CHECK_FIELDS = List.of("type", "metric", "topic", "threshold");
    private static final int MAX_INDICATOR_NO = 999;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    /**
     * The rule generator writes a threshold as BigDecimal.valueOf(long unscaled, int scale): 10^12 with 6 decimal places
     * keeps the unscaled value under 10^18, inside a long, with room to spare for any real count or sum of money.
     */
    private static final BigDecimal MAX_THRESHOLD = BigDecimal.TEN.pow(12);
    private static final int MAX_THRESHOLD_DECIMALS = 6;

    private final ErrorList errors;
    /** Every metric id that was well-formed, even when the rest of its metric was not: a reference to it is no error. */
    private final Map<String, YamlNode.Position> declaredMetrics = new HashMap<>();
    private final Map<String, YamlNode.Position> declaredTopics = new HashMap<>();
    private final Map<String, Metric> metrics = new LinkedHashMap<>();
    private final Map<Integer, YamlNode.Position> indicatorNos = new HashMap<>();
    private final Map<String, YamlNode.Position> indicatorCodes = new HashMap<>();
    private final Map<String, Topic> topics = new HashMap<>();
    /** Each ratio with the reader of its mapping, so that its references can be checked after every metric is bound. */
    private final List<Map.Entry<Metric.Ratio, FieldReader>> ratioFields = new ArrayList<>();
    private Scoring scoring = Scoring.DEFAULT;

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
        if (fields.has("scoring")) {
            fields.node("scoring").flatMap(node -> asMapping(node, null, "scoring.", "计分规则（scoring）"))
                    .flatMap(this::bindScoring).ifPresent(bound -> scoring = bound);
        }
        Map<UnitLevel, MonthDay> deadlines = fields.has("report_deadline")
                ? fields.node("report_deadline").flatMap(node -> asMapping(node, null, "report_deadline.", "公开期限"))
                        .map(this::bindDeadlines).orElse(Map.of())
                : Catalogue.DEFAULT_DEADLINES;
        List<Metric> metricList = fields.sequence("metrics", true).map(this::bindMetrics).orElse(List.of());
        checkRatios();
        List<Topic> topicList = fields.sequence("topics", true).map(this::bindTopics).orElse(List.of());
        List<Indicator> indicators = fields.sequence("indicators", false).map(this::bindIndicators).orElse(List.of());
        if (!errors.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Catalogue(edition.orElseThrow(), title.orElseThrow(), metricList, topicList, indicators,
                scoring, deadlines));
    }

    private Optional<Scoring> bindScoring(YamlNode.Mapping mapping) {
        FieldReader fields = new FieldReader(mapping, errors, null, "scoring.");
        boolean valid = fields.rejectUnknownFields(SCORING_FIELDS, "计分规则（scoring）");
        Optional<BigDecimal> points = fields.has("default_points")
                ? fields.node("default_points").flatMap(node -> nonNegative(fields, node, "default_points", "默认分值"))
                : Optional.of(Scoring.DEFAULT.defaultPoints());
        Scoring d = Scoring.DEFAULT;
        Map<String, BigDecimal> credit = new HashMap<>(Map.of("met", d.met(), "partial", d.partial(), "gap", d.gap(),
                "no_evidence", d.noEvidence()));
        if (fields.has("credit")) {
            Optional<YamlNode.Mapping> node = fields.node("credit")
                    .flatMap(n -> asMapping(n, null, "scoring.credit.", "得分比例（credit）"));
            valid &= node.isPresent();
            if (node.isPresent()) {
                FieldReader credits = new FieldReader(node.get(), errors, null, "scoring.credit.");
                valid &= credits.rejectUnknownFields(CREDIT_FIELDS, "得分比例（credit）");
                for (String verdict : CREDIT_FIELDS) {
                    if (credits.has(verdict)) {
                        Optional<BigDecimal> share = credits.node(verdict).flatMap(n -> fraction(credits, n, verdict));
                        share.ifPresent(v -> credit.put(verdict, v));
                        valid &= share.isPresent();
                    }
                }
            }
        }
        if (!valid || points.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Scoring(points.get(), credit.get("met"), credit.get("partial"), credit.get("gap"),
                credit.get("no_evidence")));
    }

    private Optional<BigDecimal> fraction(FieldReader fields, YamlNode node, String field) {
        Optional<BigDecimal> value = nonNegative(fields, node, field, "得分比例");
        if (value.isPresent() && value.get().compareTo(BigDecimal.ONE) > 0) {
            fields.error(node, field, "得分比例必须在 0 到 1 之间（1 为得满分），实际为 " + value.get().toPlainString());
            return Optional.empty();
        }
        return value;
    }

    private Map<UnitLevel, MonthDay> bindDeadlines(YamlNode.Mapping mapping) {
        FieldReader fields = new FieldReader(mapping, errors, null, "report_deadline.");
        fields.rejectUnknownFields(ids(UnitLevel.values(), UnitLevel::id), "公开期限（report_deadline）");
        Map<UnitLevel, MonthDay> deadlines = new EnumMap<>(UnitLevel.class);
        for (UnitLevel level : UnitLevel.values()) {
            if (fields.has(level.id())) {
                fields.text(level.id()).flatMap(text -> monthDay(fields, level.id(), text))
                        .ifPresent(day -> deadlines.put(level, day));
            }
        }
        return deadlines;
    }

    private static Optional<MonthDay> monthDay(FieldReader fields, String field, String text) {
        java.util.regex.Matcher m = MONTH_DAY.matcher(text);
        if (m.matches()) {
            try {
                return Optional.of(MonthDay.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))));
            } catch (java.time.DateTimeException e) {
                // reported below
            }
        }
        fields.error(fields.node(field).orElseThrow(), field, "期限必须写成次年的“月-日”，如 \"04-01\"，实际为 \"" + text + "\"");
        return Optional.empty();
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
        Optional<Optional<Metric.Ratio>> ratio = fields.has("ratio")
                ? fields.node("ratio").flatMap(node -> asMapping(node, null, prefix + "ratio.", "比率来源（ratio）"))
                        .flatMap(node -> bindRatio(node, prefix)).map(Optional::of)
                : Optional.of(Optional.empty());
        if (id.isEmpty() || name.isEmpty() || kind.isEmpty() || aliases.isEmpty() || context.isEmpty()
                || ratio.isEmpty()) {
            return Optional.empty();
        }
        if (ratio.get().isPresent() && kind.get() != MetricKind.RATE) {
            fields.error(fields.node("ratio").orElseThrow(), "ratio", "只有比率（kind: rate）才能由两个计数推算，"
                    + id.get() + " 的类型是 " + kind.get().id());
            return Optional.empty();
        }
        return Optional.of(new Metric(id.get(), name.get(), kind.get(), aliases.get(), context.get(),
                ratio.get().orElse(null)));
    }

    private Optional<Metric.Ratio> bindRatio(YamlNode.Mapping mapping, String prefix) {
        FieldReader fields = new FieldReader(mapping, errors, null, prefix + "ratio.");
        boolean valid = fields.rejectUnknownFields(RATIO_FIELDS, "比率来源（ratio）");
        Optional<String> part = fields.identifier("part", ID, ID_RULE);
        Optional<String> whole = fields.identifier("whole", ID, ID_RULE);
        if (!valid || part.isEmpty() || whole.isEmpty()) {
            return Optional.empty();
        }
        Metric.Ratio ratio = new Metric.Ratio(part.get(), whole.get());
        ratioFields.add(Map.entry(ratio, fields));
        return Optional.of(ratio);
    }

    /** A ratio's part and whole must be two different count metrics of this catalogue; checked once all are declared. */
    private void checkRatios() {
        for (Map.Entry<Metric.Ratio, FieldReader> pending : ratioFields) {
            Metric.Ratio ratio = pending.getKey();
            FieldReader fields = pending.getValue();
            for (String field : RATIO_FIELDS) {
                String ref = field.equals("part") ? ratio.part() : ratio.whole();
                Metric target = metrics.get(ref);
                YamlNode at = fields.node(field).orElseThrow();
                if (target == null && !declaredMetrics.containsKey(ref)) {
                    String hint = Suggestions.nearest(ref, declaredMetrics.keySet()).map(s -> "；是否想写 " + s + "？")
                            .orElse("");
                    fields.error(at, field, "引用了未定义的度量（metric） \"" + ref + "\"" + hint);
                } else if (target != null && target.kind() != MetricKind.COUNT) {
                    fields.error(at, field, "比率只能由计数（kind: count）推算，" + ref + " 的类型是 " + target.kind().id());
                }
            }
            if (ratio.part().equals(ratio.whole())) {
                fields.error(fields.node("whole").orElseThrow(), "whole", "part 与 whole 不能是同一个度量");
            }
        }
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
        Optional<Boolean> negative = fields.has("negative") ? fields.bool("negative") : Optional.of(false);
        if (id.isEmpty() || name.isEmpty() || keywords.isEmpty() || negative.isEmpty()) {
            return Optional.empty();
        }
        Topic topic = new Topic(id.get(), name.get(), keywords.get(), negative.get());
        topics.put(topic.id(), topic);
        return Optional.of(topic);
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
                : Optional.of(scoring.defaultPoints());
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
            topic = reference(fields, "topic", declaredTopics, "主题（topic）", checkType)
                    .filter(id -> polarityFits(fields, checkType, id));
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

    /**
     * not_reported takes a negative topic and the other topic checks a positive one: the other way round, reporting a
     * 败诉 would count as evidence for an indicator.
     */
    private boolean polarityFits(FieldReader fields, CheckType type, String topicId) {
        Topic topic = topics.get(topicId);
        if (topic == null) {
            return true; // the topic itself was invalid and has been reported
        }
        boolean wantsNegative = type == CheckType.NOT_REPORTED;
        if (topic.negative() != wantsNegative) {
            fields.error(fields.node("topic").orElseThrow(), "topic", wantsNegative
                    ? "not_reported 检查只能引用负面主题（negative: true），" + topicId + " 不是负面主题"
                    : type.id() + " 检查不能引用负面主题 " + topicId + "（负面事件请用 not_reported 检查）");
            return false;
        }
        return true;
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
                    + shown(value.get()));
            return Optional.empty();
        }
        if (value.isPresent() && value.get().compareTo(MAX_THRESHOLD) > 0) {
            fields.error(node, "threshold", "阈值必须在 0 到 1000000000000（一万亿）之间，实际为 " + shown(value.get()));
            return Optional.empty();
        }
        if (value.isPresent() && value.get().stripTrailingZeros().scale() > MAX_THRESHOLD_DECIMALS) {
            fields.error(node, "threshold", "阈值最多保留 " + MAX_THRESHOLD_DECIMALS + " 位小数，实际为 " + shown(value.get()));
            return Optional.empty();
        }
        return value;
    }

    /** The number as written when it is short; 1e-400 in plain notation would be 400 characters of zeros. */
    private static String shown(BigDecimal value) {
        String plain = value.toPlainString();
        return plain.length() <= 40 ? plain : value.toString();
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
            parts.add(Indicator.ruleStem(scalar.number().intValueExact()));
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
