package org.gapcheck.ingest;

/** A sentence of the report, as char offsets into {@link Document#text()}, and the kind of part it sits in. */
public record Sentence(int start, int end, SectionKind section) {}
