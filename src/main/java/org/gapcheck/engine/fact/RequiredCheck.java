package org.gapcheck.engine.fact;

/**
 * A check an indicator needs answered before it can be met ({@code check} counts from 1, as in the rule name I061.c1);
 * checks that silence passes (not_admitted_gap, not_reported) have none.
 */
public record RequiredCheck(int indicator, int check) {}
