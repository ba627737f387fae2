package org.gapcheck.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PublishedTest {

    @Test
    void scrapedPageStatesItsDate() throws Exception {
        Document d = DocumentReader.read(Path.of("seeds/001_2dee9f555e64716b.txt"), null);
        assertEquals(LocalDate.of(2021, 2, 26), d.published().date());
        assertEquals("2021-02-26", d.text().substring(d.published().start(), d.published().end()));
    }

    @Test
    void labelledDatesInTheirUsualShapes() {
        assertEquals(LocalDate.of(2024, 3, 30), Published.find("发布日期：2024年3月30日 来源：区司法局").date());
        assertEquals(LocalDate.of(2022, 1, 5), Published.find("发布时间 2022/01/05").date());
        assertEquals(LocalDate.of(2023, 12, 1), Published.find("成文日期:2023.12.01").date());
    }

    @Test
    void unlabelledOrImpossibleDatesAreNoPublicationDate() {
        assertNull(Published.find("2023年3月30日，区政府召开常务会议。"));
        assertNull(Published.find("发布时间：2021-13-45"));
        assertNull(Published.find("报告正文"));
    }

    @Test
    void reportsWithoutAPageHeaderHaveNone() throws Exception {
        assertNull(DocumentReader.read(Path.of("seeds/000_4257578ea403ef7a.txt"), null).published());
    }
}
