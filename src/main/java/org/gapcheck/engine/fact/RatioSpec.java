package org.gapcheck.engine.fact;

/** A rate metric that is part / whole of two count metrics, by SymbolTable keys. */
public record RatioSpec(int rate, int part, int whole) {}
