package org.gapcheck.engine.fact;

import org.gapcheck.catalogue.CheckType;

/** One check of an indicator ({@code check} counts from 1, as in the rule name I061.c1). */
public record CheckSpec(int indicator, int check, CheckType type) {}
