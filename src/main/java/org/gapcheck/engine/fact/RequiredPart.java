package org.gapcheck.engine.fact;

import org.gapcheck.ingest.SectionKind;

/** A part the annual report must contain, with its title as the regulation names it. */
public record RequiredPart(SectionKind kind, String title) {}
