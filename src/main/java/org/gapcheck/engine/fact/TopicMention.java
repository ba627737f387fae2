package org.gapcheck.engine.fact;

import org.gapcheck.extract.Mention;
import org.gapcheck.extract.Polarity;
import org.gapcheck.ingest.SectionKind;

/** A mention keyed by its catalogue topic number (see SymbolTable). */
public record TopicMention(int topic, Polarity polarity, SectionKind section, Mention mention) {

    public static TopicMention of(int topic, Mention mention) {
        return new TopicMention(topic, mention.polarity(), mention.section(), mention);
    }
}
