package org.gapcheck.engine.fact;

import org.gapcheck.ingest.SectionKind;

/** A required part the report lacks; inserted by the completeness rule, counted by report_complete checks. */
public record MissingPart(SectionKind kind, String title) {}
