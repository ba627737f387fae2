package org.gapcheck.engine.fact;

/**
 * A finding about the report as a whole (a missing part, a number that contradicts itself). {@code kind} is a stable
 * English key; {@code message} is Chinese. Offsets are -1 when the finding has no single place in the text.
 */
public record Finding(String kind, String message, int start, int end) {}
