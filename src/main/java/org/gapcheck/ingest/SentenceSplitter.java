package org.gapcheck.ingest;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits the body of a report into sentences: on 。！？； (and their ASCII forms) and at line ends. Page chrome before
 * the first part and everything after the end of the last part are left out.
 */
final class SentenceSplitter {

    private static final String TERMINATORS = "。!?;";
    private static final String CLOSERS = "”’」』)）》〉】\"'";

    private SentenceSplitter() {}

    static List<Sentence> split(String text, String normalized, List<Line> lines, List<Section> sections) {
        int bodyStart = sections.isEmpty() ? text.length() : sections.get(0).start();
        int bodyEnd = sections.isEmpty() ? text.length() : sections.get(sections.size() - 1).end();
        List<Sentence> sentences = new ArrayList<>();
        for (Line line : lines) {
            if (line.start() >= bodyEnd) {
                break;
            }
            if (line.start() < bodyStart && PageChrome.isLeading(line.of(normalized))) {
                continue;
            }
            int sentenceStart = line.start();
            for (int i = line.start(); i < line.end(); i++) {
                if (TERMINATORS.indexOf(normalized.charAt(i)) >= 0) {
                    int end = i + 1;
                    while (end < line.end() && CLOSERS.indexOf(normalized.charAt(end)) >= 0) {
                        end++;
                    }
                    add(sentences, text, sections, sentenceStart, end);
                    sentenceStart = end;
                    i = end - 1;
                }
            }
            add(sentences, text, sections, sentenceStart, line.end());
        }
        return sentences;
    }

    private static void add(List<Sentence> sentences, String text, List<Section> sections, int start, int end) {
        Line.trimmed(text, start, end).ifPresent(range ->
                sentences.add(new Sentence(range.start(), range.end(), Document.kindAt(sections, range.start()))));
    }
}
