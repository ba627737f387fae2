package org.gapcheck.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Finds the top-level parts of a report. A line is a heading candidate when it is short and numbered. The outermost
 * numbering style in use is the top level; a candidate of an inner style is still top-level when its wording names a
 * new required part and its number is the next part's number (reports mix 1、主要举措及成效 with 三、存在的不足, while
 * an item such as 3.问题整改 inside part one is not a part), except that （一） never competes with 一、, where it is the
 * style of sub-headings.
 */
final class SectionSplitter {

    static final int MAX_HEADING_LENGTH = 40;

    private record Candidate(Line line, Numbering numbering, int ordinal, Optional<SectionKind> kind) {}

    private SectionSplitter() {}

    static List<Section> split(String text, String normalized, List<Line> lines) {
        List<Candidate> candidates = candidates(normalized, lines);
        Optional<Numbering> topLevel = topLevel(candidates);
        if (topLevel.isEmpty()) {
            return List.of();
        }
        boolean hasChineseNumerals = topLevel.get() == Numbering.CHINESE_NUMERAL;
        List<Candidate> headings = new ArrayList<>();
        for (Candidate c : candidates) {
            SectionKind previous = headings.isEmpty() ? null : kindOf(headings.get(headings.size() - 1));
            boolean namesNewPart = c.kind.isPresent() && c.kind.get() != previous
                    && c.ordinal == headings.size() + 1
                    && !(hasChineseNumerals && c.numbering == Numbering.PARENTHESIZED);
            if (c.numbering == topLevel.get() || namesNewPart) {
                headings.add(c);
            }
        }
        int bodyEnd = bodyEnd(normalized, lines, headings.get(headings.size() - 1).line);
        List<Section> sections = new ArrayList<>();
        for (int i = 0; i < headings.size(); i++) {
            Candidate h = headings.get(i);
            int end = i + 1 < headings.size() ? headings.get(i + 1).line.start() : bodyEnd;
            sections.add(new Section(h.line.of(text), kindOf(h), h.line.start(), end));
        }
        return sections;
    }

    private static List<Candidate> candidates(String normalized, List<Line> lines) {
        List<Candidate> candidates = new ArrayList<>();
        for (Line line : lines) {
            if (line.length() <= MAX_HEADING_LENGTH) {
                Numbering.of(line.of(normalized)).ifPresent(n ->
                        candidates.add(new Candidate(line, n.numbering(), n.ordinal(), PartClassifier.classify(n.rest()))));
            }
        }
        return candidates;
    }

    /** 一、 whenever the report uses it; otherwise the outermost style that numbers at least one named part. */
    private static Optional<Numbering> topLevel(List<Candidate> candidates) {
        if (candidates.stream().anyMatch(c -> c.numbering == Numbering.CHINESE_NUMERAL)) {
            return Optional.of(Numbering.CHINESE_NUMERAL);
        }
        return candidates.stream()
                .filter(c -> c.kind.isPresent())
                .map(Candidate::numbering)
                .min(Enum::compareTo);
    }

    private static SectionKind kindOf(Candidate heading) {
        return heading.kind.orElse(SectionKind.OTHER);
    }

    /** Where the last part ends: before a closing formula or site footer that follows it, else at the last char. */
    private static int bodyEnd(String normalized, List<Line> lines, Line lastHeading) {
        Line lastOfBody = lastHeading;
        for (Line line : lines) {
            if (line.start() <= lastHeading.start()) {
                continue;
            }
            if (PageChrome.isTrailing(line.of(normalized))) {
                break;
            }
            lastOfBody = line;
        }
        return lastOfBody.end();
    }
}
