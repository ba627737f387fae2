package org.gapcheck.ingest;

import java.util.List;
import org.gapcheck.catalogue.UnitLevel;

/**
 * A report as read from disk. {@code text} is the decoded original; {@code normalized} has exactly the same length, each
 * char replaced by its NFKC form where that form is a single char (full-width digits, ％, （）…), so every offset found
 * in {@code normalized} points at the same place in {@code text}. {@code unitLevel}, {@code year} and {@code published}
 * may be null when the report does not say. {@code warnings} name what the reader had to leave out of the file (a
 * damaged PDF page), one Chinese sentence each, without the file's name.
 */
public record Document(
        String name,
        String text,
        String normalized,
        List<Section> sections,
        List<Sentence> sentences,
        String unit,
        UnitLevel unitLevel,
        Integer year,
        Published published,
        List<String> warnings) {

    public Document {
        if (text.length() != normalized.length()) {
            throw new IllegalArgumentException("normalized text must keep the original's offsets");
        }
        sections = List.copyOf(sections);
        sentences = List.copyOf(sentences);
        warnings = List.copyOf(warnings);
    }

    /** A document read whole, with nothing left out. */
    public Document(String name, String text, String normalized, List<Section> sections, List<Sentence> sentences,
                    String unit, UnitLevel unitLevel, Integer year, Published published) {
        this(name, text, normalized, sections, sentences, unit, unitLevel, year, published, List.of());
    }

    /** The kind of part that the char at {@code offset} belongs to; PREAMBLE before the first heading. */
    public SectionKind sectionAt(int offset) {
        return kindAt(sections, offset);
    }

    static SectionKind kindAt(List<Section> sections, int offset) {
        for (Section s : sections) {
            if (offset >= s.start() && offset < s.end()) {
                return s.kind();
            }
        }
        return SectionKind.PREAMBLE;
    }

    /** The sentence containing {@code offset}, or null. */
    public Sentence sentenceAt(int offset) {
        int index = sentenceIndexAt(offset);
        return index < 0 ? null : sentences.get(index);
    }

    /** The number of the sentence containing {@code offset}, or -1. Sentences are in text order and do not overlap. */
    public int sentenceIndexAt(int offset) {
        int low = 0;
        int high = sentences.size() - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            Sentence s = sentences.get(mid);
            if (offset < s.start()) {
                high = mid - 1;
            } else if (offset >= s.end()) {
                low = mid + 1;
            } else {
                return mid;
            }
        }
        return -1;
    }
}
