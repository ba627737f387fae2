package org.gapcheck.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class SeedSentenceTest {

    static Stream<String> seeds() {
        return Seeds.names();
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void sentencesAreTrimmedOrderedSpansOfTheText(String seed) throws Exception {
        Document doc = DocumentReader.read(Seeds.report(seed), null);
        assertFalse(doc.sentences().isEmpty());
        int previousEnd = 0;
        for (Sentence s : doc.sentences()) {
            assertTrue(previousEnd <= s.start() && s.start() < s.end() && s.end() <= doc.text().length(), s.toString());
            String sentence = doc.text().substring(s.start(), s.end());
            assertFalse(Line.isBlank(sentence.charAt(0)) || Line.isBlank(sentence.charAt(sentence.length() - 1)),
                    "untrimmed sentence [" + sentence + "]");
            previousEnd = s.end();
        }
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void sentenceTagsAgreeWithSections(String seed) throws Exception {
        Document doc = DocumentReader.read(Seeds.report(seed), null);
        for (Sentence s : doc.sentences()) {
            assertEquals(doc.sectionAt(s.start()), s.section(), doc.text().substring(s.start(), s.end()));
        }
        for (Section section : doc.sections()) {
            Sentence heading = doc.sentenceAt(section.start());
            assertEquals(section.start(), heading.start(), section.heading());
            assertEquals(section.kind(), heading.section(), section.heading());
        }
    }

    /** Every labelled span lies in the text, inside the part gold says, and is covered by sentences. */
    @ParameterizedTest
    @MethodSource("seeds")
    void goldSpansLieInSentencesOfTheirPart(String seed) throws Exception {
        Document doc = DocumentReader.read(Seeds.report(seed), null);
        JsonNode gold = Seeds.gold(seed);
        List<String> problems = new ArrayList<>();
        for (String list : List.of("metrics", "mentions", "shortfalls")) {
            for (JsonNode item : gold.get(list)) {
                String span = item.get("text").asText();
                String expectedPart = item.has("section") ? item.get("section").asText() : SectionKind.SHORTFALLS.id();
                int start = doc.text().indexOf(span);
                if (start < 0) {
                    problems.add(list + ": not in text: " + span);
                    continue;
                }
                int end = start + span.length();
                if (!doc.sectionAt(start).id().equals(expectedPart) || !doc.sectionAt(end - 1).id().equals(expectedPart)) {
                    problems.add(list + ": expected in " + expectedPart + ", found in " + doc.sectionAt(start).id()
                            + ": " + span);
                }
                for (int i = start; i < end; i++) {
                    if (!Line.isBlank(doc.text().charAt(i)) && doc.sentenceAt(i) == null) {
                        problems.add(list + ": char " + i + " outside every sentence: " + span);
                        break;
                    }
                }
            }
        }
        assertTrue(problems.isEmpty(), seed + ":\n" + String.join("\n", problems));
    }
}
