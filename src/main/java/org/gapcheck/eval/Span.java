package org.gapcheck.eval;

import java.math.BigDecimal;

/**
 * A stretch of a report, gold or extracted: char offsets into the original text, the text itself, what was read there
 * (a topic, a section kind, "court_appearance_rate = 81.25 %") and, for a number, its value (else null). A gold span
 * not found in the report has start -1.
 */
public record Span(int start, int end, String text, String detail, BigDecimal value) {

    Span(int start, int end, String text, String detail) {
        this(start, end, text, detail, null);
    }

    /** Where the report first has {@code text} (the gold README's convention), or a span that overlaps nothing. */
    static Span locate(String report, String text, String detail, BigDecimal value) {
        int at = report.indexOf(text);
        return new Span(at, at < 0 ? -1 : at + text.length(), text, detail, value);
    }

    boolean sameValue(Span other) {
        return value != null && other.value != null && value.compareTo(other.value) == 0;
    }

    boolean located() {
        return start >= 0;
    }

    int length() {
        return end - start;
    }

    boolean overlaps(Span other) {
        return located() && other.located() && start < other.end && other.start < end;
    }

    int overlap(Span other) {
        return overlaps(other) ? Math.min(end, other.end) - Math.max(start, other.start) : 0;
    }

    @Override
    public String toString() {
        String at = located() ? "[" + start + "," + end + ")" : "[原文中未找到]";
        return at + " " + text + (detail.isEmpty() ? "" : "（" + detail + "）");
    }
}
