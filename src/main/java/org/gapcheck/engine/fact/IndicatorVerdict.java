package org.gapcheck.engine.fact;

import org.gapcheck.engine.Verdict;

/** The verdict the rules reached for an indicator, and the name of the verdict rule that reached it. */
public record IndicatorVerdict(int indicator, Verdict verdict, String rule) {}
