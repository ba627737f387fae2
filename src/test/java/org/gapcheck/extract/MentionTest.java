package org.gapcheck.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.gapcheck.ingest.Document;
import org.junit.jupiter.api.Test;

class MentionTest {

    private static final Extractor EXTRACTOR = new Extractor(TestCatalogue.create());

    private static List<Mention> mentions(String text) {
        return EXTRACTOR.extract(SeedDocuments.plain(text)).mentions();
    }

    private static Mention only(String text) {
        List<Mention> mentions = mentions(text);
        assertEquals(1, mentions.size(), mentions.toString());
        return mentions.get(0);
    }

    @Test
    void polarityFollowsCuesInTheClause() {
        assertEquals(Polarity.DONE, only("全面推行行政执法三项制度，成效明显。").polarity());
        assertEquals(Polarity.PLANNED, only("下一步，将进一步完善权责清单。").polarity());
        assertEquals(Polarity.PLANNED, only("拟出台双随机抽查细则。").polarity());
        assertEquals(Polarity.NEGATED, only("部分单位尚未建立法律顾问制度。").polarity());
        assertEquals(Polarity.NEGATED, only("案卷评查不到位。").polarity());
        assertEquals(Polarity.DONE, only("草拟重大行政决策目录，开展合法性审查。").polarity());
    }

    @Test
    void thePartDecidesFirst() {
        String text = "一、主要举措和成效\n推行三项制度。\n三、存在的不足和原因\n落实三项制度仍不够规范。\n四、下一年度主要工作安排\n深化三项制度。";
        Document document = SeedDocuments.of("t", text, List.of(
                new String[] {"一、主要举措和成效", "achievements"},
                new String[] {"三、存在的不足和原因", "shortfalls"},
                new String[] {"四、下一年度主要工作安排", "plans"}));
        List<Mention> mentions = EXTRACTOR.extract(document).mentions();
        assertEquals(List.of(Polarity.DONE, Polarity.ADMITTED, Polarity.PLANNED),
                mentions.stream().map(Mention::polarity).toList());
        assertEquals("落实三项制度仍不够规范", mentions.get(1).text());
    }

    @Test
    void oneMentionPerTopicAndSentenceSpanningItsClause() {
        List<Mention> mentions = mentions("健全法律顾问制度，发挥公职律师作用，推进政务公开。");
        assertEquals(List.of("legal_adviser", "disclosure"), mentions.stream().map(Mention::topic).toList());
        assertEquals("健全法律顾问制度", mentions.get(0).text());
        assertTrue(mentions.get(1).text().contains("政务公开"));
    }
}
