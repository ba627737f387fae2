package org.gapcheck.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.gapcheck.ingest.Document;
import org.junit.jupiter.api.Test;

class ShortfallFinderTest {

    private static final Extractor EXTRACTOR = new Extractor(TestCatalogue.create());
    private static final String HEADING = "三、存在的不足和原因";
    private static final String PLANS = "四、下一年度主要工作安排";

    private static Document report(String shortfallsBody) {
        String text = "一、主要举措和成效\n推行三项制度。\n" + HEADING + "\n" + shortfallsBody + "\n" + PLANS + "\n深化三项制度。";
        return SeedDocuments.of("t", text, List.of(
                new String[] {"一、主要举措和成效", "achievements"},
                new String[] {HEADING, "shortfalls"},
                new String[] {PLANS, "plans"}));
    }

    private static List<Shortfall> shortfalls(String shortfallsBody) {
        Document document = report(shortfallsBody);
        List<Shortfall> shortfalls = EXTRACTOR.extract(document).shortfalls();
        for (Shortfall s : shortfalls) {
            assertEquals(document.text().substring(s.start(), s.end()), s.text());
        }
        return shortfalls;
    }

    private static List<String> texts(String shortfallsBody) {
        return shortfalls(shortfallsBody).stream().map(Shortfall::text).toList();
    }

    @Test
    void inlineOrdinalsSplitAParagraphAfterItsIntroduction() {
        assertEquals(List.of("责任意识不强，认识不足", "落实行政执法“三项制度”仍不够规范。重点领域执法仍需加强", "基层执法力量不足"),
                texts("但仍存在一些问题。一是责任意识不强，认识不足。二是落实行政执法“三项制度”仍不够规范。重点领域执法仍需加强。"
                        + "三是基层执法力量不足。"));
    }

    @Test
    void aSubHeadingThatNamesTheProblemGivesWayToItsParagraphs() {
        assertEquals(List.of("少数部门主要领导落实第一责任人职责力度不够大", "案卷评查覆盖面不广。\n评查结果运用不够"),
                texts("主要表现在以下几个方面：\n\n（一）第一责任人职责落实仍待深化\n\n少数部门主要领导落实第一责任人职责力度不够大。\n\n"
                        + "（二）执法监督仍需加强\n\n案卷评查覆盖面不广。\n评查结果运用不够。\n"));
    }

    @Test
    void numberedParagraphsAreProblemsWithoutTheirMarker() {
        assertEquals(List.of("权责清单动态调整不及时，部分事项与实际不符", "政务公开栏目更新慢，内容不全"),
                texts("1.权责清单动态调整不及时，部分事项与实际不符。\n2、政务公开栏目更新慢，内容不全。"));
    }

    @Test
    void theCauseAnalysisIsLeftOut() {
        assertEquals(List.of("普法方式相对单一，针对性不强", "法律顾问作用发挥不充分"),
                texts("（一）普法宣传力度有待提升。\n\n普法方式相对单一，针对性不强。分析原因：主要是精力放在事务性工作上。\n\n"
                        + "（二）法律顾问作用发挥不充分。原因分析：经费不足。"));
    }

    @Test
    void aListOfBroadAreasIsGenericAndAdmitsNothingSpecific() {
        Document document = report("一是我区在依法决策、行政复议体制改革、全面深化行政执法三项制度以及普法依法治理等方面，"
                + "仍存在超前谋划不够、创新突破不足等问题。二是落实行政执法三项制度仍不够规范。");
        ReportFacts facts = EXTRACTOR.extract(document);
        Shortfall broad = facts.shortfalls().get(0);
        Shortfall specific = facts.shortfalls().get(1);
        assertTrue(broad.generic(), broad::toString);
        assertEquals(List.of("three_systems", "reconsideration"), broad.topics());
        assertFalse(specific.generic(), specific::toString);
        assertEquals(List.of("three_systems"), specific.topics());
        List<Mention> admitted = facts.mentions().stream().filter(m -> m.polarity() == Polarity.ADMITTED).toList();
        assertEquals(1, admitted.size(), admitted::toString);
        assertTrue(specific.contains(admitted.get(0).end() - 1), admitted::toString);
    }

    @Test
    void oneNamedMechanismBesideTheAreaListIsSpecific() {
        Shortfall s = shortfalls("在依法决策、严格执法、政务公开等方面仍存在不足，特别是行政复议案件办理不够规范。").get(0);
        assertFalse(s.generic(), s::toString);
    }

    @Test
    void aSingleAreaIsNotAList() {
        Shortfall s = shortfalls("在落实第一责任人职责方面，少数部门主要领导落实力度不够大。").get(0);
        assertFalse(s.generic(), s::toString);
        assertEquals(List.of("first_responsible_person"), s.topics());
    }

    @Test
    void aReportWithoutAShortfallsPartHasNone() {
        assertTrue(EXTRACTOR.extract(SeedDocuments.plain("落实三项制度仍不够规范。")).shortfalls().isEmpty());
    }
}
