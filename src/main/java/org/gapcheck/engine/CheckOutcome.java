package org.gapcheck.engine;

import java.math.BigDecimal;
import org.gapcheck.catalogue.CheckType;

/** How one check of an indicator came out on a report: the rule, its type and threshold, and the value it saw. */
public record CheckOutcome(String rule, CheckType type, Outcome outcome, BigDecimal threshold, BigDecimal value, String unit) {}
