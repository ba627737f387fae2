package org.gapcheck.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.gapcheck.ingest.DocumentReader;
import org.junit.jupiter.api.Test;

/** Zero-width chars and soft hyphens that editors leave inside numbers and words are invisible to extraction too. */
class InvisibleCharsTest {

    private static final String INVISIBLE = "\u200B\u200D\u2060\uFEFF\u00AD";
    private static final Extractor EXTRACTOR = new Extractor(TestCatalogue.create());

    @Test
    void aZeroWidthSpaceInsideANumberDoesNotEndIt() {
        ReportFacts facts = EXTRACTOR.extract(DocumentReader.fromText("t.txt", "行政机关负责人出庭应诉率1\u200B00%。"));
        MetricFact court = facts.metrics().stream().filter(f -> "court_appearance_rate".equals(f.metric()))
                .findFirst().orElseThrow();
        assertEquals(0, new BigDecimal("100").compareTo(court.value()), court.toString());
        assertEquals("行政机关负责人出庭应诉率1\u200B00%", court.text());
        assertEquals(0, court.start());
    }

    @Test
    void seedWithInvisibleCharsInEveryNumberAndSomeWordsHasTheCleanSeedsFacts() throws IOException {
        String clean = Files.readString(Path.of("seeds/000_4257578ea403ef7a.txt"), StandardCharsets.UTF_8);
        String dirty = injected(clean);
        assertTrue(dirty.length() > clean.length() + 100, "nothing injected");

        ReportFacts expected = EXTRACTOR.extract(DocumentReader.fromText("000.txt", clean));
        ReportFacts actual = EXTRACTOR.extract(DocumentReader.fromText("000.txt", dirty));

        assertEquals(expected.metrics().size(), actual.metrics().size(), actual.metrics().toString());
        assertTrue(expected.metrics().stream().anyMatch(f -> "court_appearance_rate".equals(f.metric())));
        for (int i = 0; i < expected.metrics().size(); i++) {
            MetricFact e = expected.metrics().get(i);
            MetricFact a = actual.metrics().get(i);
            assertEquals(e.metric(), a.metric(), a.toString());
            assertEquals(0, e.value().compareTo(a.value()), a + " vs " + e);
            assertEquals(e.unit(), a.unit(), a.toString());
            assertEquals(e.period(), a.period(), a.toString());
            assertEquals(e.section(), a.section(), a.toString());
            assertSpan(dirty, e.text(), a.start(), a.end(), a.text());
        }
        assertEquals(expected.mentions().size(), actual.mentions().size());
        for (int i = 0; i < expected.mentions().size(); i++) {
            Mention e = expected.mentions().get(i);
            Mention a = actual.mentions().get(i);
            assertEquals(e.topic() + e.polarity(), a.topic() + a.polarity(), a.toString());
            assertSpan(dirty, e.text(), a.start(), a.end(), a.text());
        }
        assertEquals(expected.shortfalls().size(), actual.shortfalls().size());
        for (int i = 0; i < expected.shortfalls().size(); i++) {
            Shortfall a = actual.shortfalls().get(i);
            assertEquals(expected.shortfalls().get(i).topics(), a.topics());
            assertSpan(dirty, expected.shortfalls().get(i).text(), a.start(), a.end(), a.text());
        }
    }

    /** The span is the original's own text, which reads as the clean text once its invisible chars are dropped. */
    private static void assertSpan(String original, String cleanText, int start, int end, String text) {
        assertEquals(original.substring(start, end), text);
        assertEquals(cleanText, text.replaceAll("[" + INVISIBLE + "]", ""));
        assertTrue(INVISIBLE.indexOf(text.charAt(0)) < 0 && INVISIBLE.indexOf(text.charAt(text.length() - 1)) < 0,
                text);
    }

    /** One of the invisible chars between every two chars of a number, and inside a few metric names. */
    private static String injected(String text) {
        String named = text.replace("出庭应诉率", "出庭\u200B应诉率").replace("实质性化解率", "实质性\u00AD化解率")
                .replace("答复率", "答\u2060复率");
        StringBuilder out = new StringBuilder();
        int k = 0;
        for (int i = 0; i < named.length(); i++) {
            char c = named.charAt(i);
            out.append(c);
            if (i + 1 < named.length() && isNumberChar(c) && isNumberChar(named.charAt(i + 1))) {
                out.append(INVISIBLE.charAt(k++ % INVISIBLE.length()));
            }
        }
        return out.toString();
    }

    private static boolean isNumberChar(char c) {
        return (c >= '0' && c <= '9') || c == '.' || c == '%';
    }

    @Test
    void aTextWithoutInvisibleCharsIsExtractedAsItIs() {
        ReportFacts facts = EXTRACTOR.extract(DocumentReader.fromText("t.txt", "行政机关负责人出庭应诉率100%。"));
        assertEquals(List.of("行政机关负责人出庭应诉率100%"), facts.metrics().stream().map(MetricFact::text).toList());
    }
}
