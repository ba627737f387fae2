package org.gapcheck.engine.fact;

import org.gapcheck.ingest.SectionKind;

/** The report has a part of this kind, whose heading starts at {@code start}. */
public record SectionPresent(SectionKind kind, int start) {}
