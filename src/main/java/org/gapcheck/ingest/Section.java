package org.gapcheck.ingest;

/**
 * A top-level part of a report. {@code heading} is the heading line as the file has it, trimmed; {@code start} is where
 * the heading starts and {@code end} (exclusive) where the next top-level part or the body of the report ends.
 */
public record Section(String heading, SectionKind kind, int start, int end) {}
