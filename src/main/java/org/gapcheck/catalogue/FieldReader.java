package org.gapcheck.catalogue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Reads the fields of one YAML mapping, reporting each problem with the indicator and field path it belongs to. Every
 * reader returns empty (never a guess) when the field is missing or wrong, so that binding can go on and find the
 * remaining errors.
 */
final class FieldReader {

    private final YamlNode.Mapping mapping;
    private final ErrorList errors;
    private final String indicator;
    private final String pathPrefix;

    FieldReader(YamlNode.Mapping mapping, ErrorList errors, String indicator, String pathPrefix) {
        this.mapping = mapping;
        this.errors = errors;
        this.indicator = indicator;
        this.pathPrefix = pathPrefix;
    }

    /** Reports every key that is not in {@code allowed}, suggesting the nearest allowed name; true when there was none. */
    boolean rejectUnknownFields(List<String> allowed, String what) {
        boolean allKnown = true;
        for (YamlNode.Entry entry : mapping.entries().values()) {
            if (!allowed.contains(entry.key())) {
                String hint = Suggestions.nearest(entry.key(), allowed).map(s -> "；是否想写 " + s + "？").orElse("");
                errors.add(entry.keyPosition(), indicator, path(entry.key()),
                        "未知字段 " + entry.key() + "；" + what + "允许的字段为 " + String.join(", ", allowed) + hint);
                allKnown = false;
            }
        }
        return allKnown;
    }

    /** The label of the indicator this mapping belongs to, or null. */
    String indicator() {
        return indicator;
    }

    boolean has(String field) {
        return mapping.entries().containsKey(field);
    }

    Optional<YamlNode> node(String field) {
        return Optional.ofNullable(mapping.entries().get(field)).map(YamlNode.Entry::value);
    }

    void missing(String field, String why) {
        errors.add(mapping.position(), indicator, path(field), "缺少必填字段 " + field + why);
    }

    void error(YamlNode at, String field, String message) {
        errors.add(at.position(), indicator, path(field), message);
    }

    void error(YamlNode.Position at, String field, String message) {
        errors.add(at, indicator, path(field), message);
    }

    String path(String field) {
        return pathPrefix + field;
    }

    YamlNode.Mapping mapping() {
        return mapping;
    }

    Optional<YamlNode> required(String field) {
        Optional<YamlNode> node = node(field);
        if (node.isEmpty()) {
            missing(field, "");
        }
        return node;
    }

    /** A non-blank YAML string. Numbers and booleans are refused so that {@code name: yes} cannot silently become "true". */
    /** A YAML boolean written true or false; yes/on and a quoted "true" are refused rather than guessed at. */
    Optional<Boolean> bool(String field) {
        return required(field).flatMap(node -> {
            if (node instanceof YamlNode.Scalar scalar && scalar.kind() == YamlNode.ScalarKind.BOOLEAN
                    && (scalar.text().equals("true") || scalar.text().equals("false"))) {
                return Optional.of(scalar.text().equals("true"));
            }
            error(node, field, "必须是 true 或 false，实际为" + node.describe());
            return Optional.empty();
        });
    }

    Optional<String> text(String field) {
        return required(field).flatMap(node -> text(node, field));
    }

    Optional<String> text(YamlNode node, String field) {
        if (!(node instanceof YamlNode.Scalar scalar) || scalar.kind() != YamlNode.ScalarKind.TEXT) {
            error(node, field, "必须是文本，实际为" + node.describe() + textHint(node));
            return Optional.empty();
        }
        if (scalar.text().isBlank()) {
            error(node, field, "不能为空字符串");
            return Optional.empty();
        }
        return Optional.of(scalar.text().strip());
    }

    /** A text matching {@code pattern}; {@code rule} says in words what the pattern allows. */
    Optional<String> identifier(String field, Pattern pattern, String rule) {
        return required(field).flatMap(node -> identifier(node, field, pattern, rule));
    }

    Optional<String> identifier(YamlNode node, String field, Pattern pattern, String rule) {
        Optional<String> text = text(node, field);
        if (text.isPresent() && !pattern.matcher(((YamlNode.Scalar) node).text()).matches()) {
            error(node, field, "标识符无效：" + node.describe() + "；" + rule);
            return Optional.empty();
        }
        return text;
    }

    /** A non-empty list of non-blank, distinct texts. */
    Optional<List<String>> textList(String field, boolean emptyAllowed) {
        return required(field).flatMap(node -> textList(node, field, emptyAllowed));
    }

    Optional<List<String>> textList(YamlNode node, String field, boolean emptyAllowed) {
        Optional<YamlNode.Sequence> sequence = sequence(node, field, emptyAllowed);
        if (sequence.isEmpty()) {
            return Optional.empty();
        }
        List<String> values = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        boolean allValid = true;
        List<YamlNode> items = sequence.get().items();
        for (int i = 0; i < items.size(); i++) {
            String itemField = field + "[" + i + "]";
            Optional<String> value = text(items.get(i), itemField);
            if (value.isEmpty()) {
                allValid = false;
            } else if (!seen.add(value.get())) {
                error(items.get(i), itemField, "列表中重复的值 \"" + value.get() + "\"");
                allValid = false;
            } else {
                values.add(value.get());
            }
        }
        return allValid ? Optional.of(values) : Optional.empty();
    }

    Optional<YamlNode.Sequence> sequence(String field, boolean emptyAllowed) {
        return required(field).flatMap(node -> sequence(node, field, emptyAllowed));
    }

    private Optional<YamlNode.Sequence> sequence(YamlNode node, String field, boolean emptyAllowed) {
        if (!(node instanceof YamlNode.Sequence sequence)) {
            error(node, field, "必须是列表，实际为" + node.describe());
            return Optional.empty();
        }
        if (!emptyAllowed && sequence.items().isEmpty()) {
            error(node, field, "列表不能为空");
            return Optional.empty();
        }
        return Optional.of(sequence);
    }

    /** A YAML integer in [min, max]. */
    Optional<Integer> integer(String field, int min, int max) {
        return required(field).flatMap(node -> {
            if (!(node instanceof YamlNode.Scalar scalar) || scalar.kind() != YamlNode.ScalarKind.INTEGER
                    || scalar.number() == null) {
                error(node, field, "必须是整数，实际为" + node.describe());
                return Optional.empty();
            }
            BigDecimal value = scalar.number();
            if (value.compareTo(BigDecimal.valueOf(min)) < 0 || value.compareTo(BigDecimal.valueOf(max)) > 0) {
                error(node, field, "必须在 " + min + " 到 " + max + " 之间，实际为 " + scalar.text());
                return Optional.empty();
            }
            return Optional.of(value.intValueExact());
        });
    }

    /**
     * A finite YAML number. A quoted number is refused on purpose: the rule generator writes only numbers it parsed
     * itself, and "90" or "90 || true" must never pass for one.
     */
    Optional<BigDecimal> number(YamlNode node, String field, String label) {
        if (!(node instanceof YamlNode.Scalar scalar)
                || (scalar.kind() != YamlNode.ScalarKind.INTEGER && scalar.kind() != YamlNode.ScalarKind.FLOAT)) {
            error(node, field, label + "必须是数字（不加引号的 YAML 数字），实际为" + node.describe());
            return Optional.empty();
        }
        if (scalar.number() == null) {
            error(node, field, label + "必须是有限的数字，实际为 " + scalar.text());
            return Optional.empty();
        }
        return Optional.of(scalar.number());
    }

    /** One of a closed set of values, looked up by its YAML id. */
    <E> Optional<E> oneOf(YamlNode node, String field, Function<String, Optional<E>> byId, List<String> allowed,
            String what) {
        Optional<String> id = text(node, field);
        if (id.isEmpty()) {
            return Optional.empty();
        }
        Optional<E> value = byId.apply(id.get());
        if (value.isEmpty()) {
            String hint = Suggestions.nearest(id.get(), allowed).map(s -> "；是否想写 " + s + "？").orElse("");
            error(node, field, "未知的" + what + " \"" + id.get() + "\"；允许的值为 " + String.join(", ", allowed) + hint);
        }
        return value;
    }

    <E> Optional<E> oneOf(String field, Function<String, Optional<E>> byId, List<String> allowed, String what) {
        return required(field).flatMap(node -> oneOf(node, field, byId, allowed, what));
    }

    private static String textHint(YamlNode node) {
        return node instanceof YamlNode.Scalar scalar && scalar.kind() != YamlNode.ScalarKind.TEXT
                && scalar.kind() != YamlNode.ScalarKind.NULL ? "；如确是文本请加引号" : "";
    }
}
