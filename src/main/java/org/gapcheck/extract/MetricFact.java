package org.gapcheck.extract;

import java.math.BigDecimal;
import org.gapcheck.ingest.SectionKind;

/**
 * A number the report states. {@code metric} is the catalogue metric id, or null for a quantity the catalogue does not
 * judge; {@code name} is the noun phrase the number measures. Percentages are in percentage points (98.4 for 98.4%).
 * {@code qualifier} is "" or the hedge the text uses (余 约 近 以上 超过 不少于 多). {@code start}/{@code end} are char
 * offsets into the original text and {@code text} is exactly that substring.
 */
public record MetricFact(
        String metric,
        String name,
        BigDecimal value,
        String unit,
        String qualifier,
        Period period,
        Scope scope,
        SectionKind section,
        int start,
        int end,
        String text) {}
