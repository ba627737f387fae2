package org.gapcheck.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.gapcheck.catalogue.UnitLevel;
import org.junit.jupiter.api.Test;

class ReportTitleTest {

    private static final String BODY = "\n一、主要举措和成效\n完成任务。";

    @Test
    void unitBeforeGuanyuAndYearOnTheNextTitleLine() {
        Document doc = DocumentReader.fromText("t.txt", "某某区人民政府关于\n2021年法治政府建设情况的报告\n" + BODY);
        assertEquals("某某区人民政府", doc.unit());
        assertEquals(UnitLevel.DISTRICT_GOVERNMENT, doc.unitLevel());
        assertEquals(2021, doc.year());
    }

    @Test
    void townGovernmentIsASubdistrict() {
        Document doc = DocumentReader.fromText("t.txt", "某某镇人民政府２０２１年法治政府建设工作报告" + BODY);
        assertEquals("某某镇人民政府", doc.unit());
        assertEquals(UnitLevel.SUBDISTRICT, doc.unitLevel());
        assertEquals(2021, doc.year());
    }

    @Test
    void bureauIsADepartmentAndTheYearComesFromTheOpeningWhenTheTitleHasNone() {
        Document doc = DocumentReader.fromText("t.txt", "某区市场监督管理局法治政府建设工作报告\n2022年，我局依法履职。" + BODY);
        assertEquals("某区市场监督管理局", doc.unit());
        assertEquals(UnitLevel.DEPARTMENT, doc.unitLevel());
        assertEquals(2022, doc.year());
    }

    @Test
    void chromeDatesAreNotTheReportYear() {
        Document doc = DocumentReader.fromText("t.txt", String.join("\n",
                "某区人民政府 2024年3月1日星期五",
                "无障碍 简体| 繁体",
                "某区司法局2023年度法治政府建设情况报告",
                "来源:司法局 发布时间:2024-02-26 18:20",
                "一年来，我局依法履职。") + BODY);
        assertEquals("某区司法局", doc.unit());
        assertEquals(2023, doc.year());
    }

    @Test
    void noTitleMeansNoUnit() {
        Document doc = DocumentReader.fromText("t.txt",
                "今年以来，我区坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻落实党的二十大精神，深入推进法治政府建设。" + BODY);
        assertNull(doc.unit());
        assertNull(doc.unitLevel());
        assertNull(doc.year());
    }
}
