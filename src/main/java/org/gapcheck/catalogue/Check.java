package org.gapcheck.catalogue;

import java.math.BigDecimal;

/**
 * One check of an indicator. {@code metric} and {@code topic} are ids into the catalogue (null when the type takes none);
 * {@code threshold} is in the metric's unit, percentage points for rates (null when the type takes none).
 */
public record Check(CheckType type, String metric, String topic, BigDecimal threshold) {}
