package org.gapcheck.engine;

/** A span of the report behind a verdict, and the sentence it sits in (for showing it in context). */
public record Evidence(String text, int start, int end, String sentence) {}
