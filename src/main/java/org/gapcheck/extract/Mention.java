package org.gapcheck.extract;

import org.gapcheck.ingest.SectionKind;

/** A place where the report speaks of a catalogue topic, and what it says of it. Offsets as in {@link MetricFact}. */
public record Mention(String topic, Polarity polarity, SectionKind section, int start, int end, String text) {}
