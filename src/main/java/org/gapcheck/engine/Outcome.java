package org.gapcheck.engine;

/**
 * The result of one check. NEUTRAL is a guard check (not_admitted_gap) with nothing to object to: it neither makes
 * an indicator met nor leaves it without evidence.
 */
public enum Outcome { MET, GAP, NO_EVIDENCE, NEUTRAL, ON_SITE }
