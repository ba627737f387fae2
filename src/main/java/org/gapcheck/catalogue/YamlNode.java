package org.gapcheck.catalogue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** A YAML value with the line:column where it starts, so that every validation error can point at its source. */
sealed interface YamlNode permits YamlNode.Mapping, YamlNode.Sequence, YamlNode.Scalar {

    Position position();

    /** How the node reads in an error message, e.g. 文本 "90 || true". */
    String describe();

    record Position(int line, int column) {}

    record Entry(String key, Position keyPosition, YamlNode value) {}

    /** Keys in file order; a duplicate key keeps its first value (the duplicate is reported separately). */
    record Mapping(Position position, Map<String, Entry> entries) implements YamlNode {
        public Mapping {
            entries = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(entries));
        }

        @Override
        public String describe() {
            return "映射";
        }
    }

    record Sequence(Position position, List<YamlNode> items) implements YamlNode {
        public Sequence {
            items = List.copyOf(items);
        }

        @Override
        public String describe() {
            return "列表";
        }
    }

    /** Control characters shown as \\uXXXX, so that a message never carries a NUL or an escape sequence. */
    static String visible(String text) {
        StringBuilder shown = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            if (Character.isISOControl(c)) {
                shown.append(String.format("\\u%04X", c));
            } else {
                shown.appendCodePoint(c);
            }
        });
        return shown.toString();
    }

    enum ScalarKind { TEXT, INTEGER, FLOAT, BOOLEAN, NULL }

    /** {@code number} is the finite value of an INTEGER or FLOAT scalar; null otherwise (also for .nan and .inf). */
    record Scalar(Position position, ScalarKind kind, String text, BigDecimal number) implements YamlNode {
        @Override
        public String describe() {
            return switch (kind) {
                case TEXT -> "文本 \"" + visible(text) + "\"";
                case INTEGER, FLOAT -> "数字 " + text;
                case BOOLEAN -> "布尔值 " + text;
                case NULL -> "空值";
            };
        }
    }
}
