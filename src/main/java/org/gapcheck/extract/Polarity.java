package org.gapcheck.extract;

/** What a mention says about its topic. Only DONE is evidence that something was done. */
public enum Polarity { DONE, PLANNED, NEGATED, ADMITTED }
