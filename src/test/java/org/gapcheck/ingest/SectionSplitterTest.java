package org.gapcheck.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SectionSplitterTest {

    @Test
    void parenthesizedNumberingIsTheTopLevelWhenThereIsNoChineseNumeralLevel() {
        Document doc = DocumentReader.fromText("t.txt", String.join("\n",
                "某县司法局关于2022年度法治政府建设情况的报告",
                "2022年，我局坚持依法行政。",
                "（一）主要举措和成效",
                "1.加强组织领导。成立领导小组。",
                "（二）存在的问题",
                "基层执法力量不足。",
                "(三)2023年工作计划",
                "继续推进。"));
        assertEquals(List.of("ACHIEVEMENTS （一）主要举措和成效", "SHORTFALLS （二）存在的问题", "PLANS (三)2023年工作计划"),
                headings(doc));
    }

    @Test
    void subItemsAreNotPartsEvenWhenTheirWordingNamesOne() {
        Document doc = DocumentReader.fromText("t.txt", String.join("\n",
                "一、主要举措和成效",
                "（一）履行第一责任人职责",
                "区长带头学法。",
                "3.问题整改",
                "整改问题12个。",
                "二、履行推进法治建设第一责任人职责情况",
                "召开常务会议5次。",
                "三、存在的不足和原因",
                "一是执法不够规范。",
                "四、下一年度主要工作安排",
                "五、其他需要报告的情况",
                "无。"));
        assertEquals(List.of("ACHIEVEMENTS 一、主要举措和成效", "LEADERSHIP 二、履行推进法治建设第一责任人职责情况",
                "SHORTFALLS 三、存在的不足和原因", "PLANS 四、下一年度主要工作安排", "OTHER 五、其他需要报告的情况"),
                headings(doc));
    }

    @Test
    void lastPartEndsBeforeTheClosingFormulaAndFooter() {
        String text = String.join("\n",
                "一、主要举措和成效",
                "完成任务。",
                "",
                "特此报告。",
                "2024年1月5日",
                "主办：某区人民政府办公室");
        Document doc = DocumentReader.fromText("t.txt", text);
        assertEquals(text.indexOf("完成任务。") + "完成任务。".length(), doc.sections().get(0).end());
        assertEquals(SectionKind.PREAMBLE, doc.sectionAt(text.indexOf("特此报告")));
    }

    @Test
    void longNumberedParagraphsAreNotHeadings() {
        Document doc = DocumentReader.fromText("t.txt", String.join("\n",
                "一、主要举措和成效",
                "1.存在问题的整改。针对上年度督察反馈的问题，逐项制定整改措施，明确责任单位和完成时限，全部按期整改到位。",
                "二、存在的不足"));
        assertEquals(List.of("ACHIEVEMENTS 一、主要举措和成效", "SHORTFALLS 二、存在的不足"), headings(doc));
    }

    @Test
    void reportWithoutNumberedHeadingsHasNoParts() {
        Document doc = DocumentReader.fromText("t.txt", "2023年，我区扎实推进法治政府建设。\n取得明显成效。");
        assertEquals(List.of(), doc.sections());
        assertEquals(2, doc.sentences().size());
        assertEquals(SectionKind.PREAMBLE, doc.sentences().get(1).section());
    }

    private static List<String> headings(Document doc) {
        return doc.sections().stream().map(s -> s.kind() + " " + s.heading()).toList();
    }
}
