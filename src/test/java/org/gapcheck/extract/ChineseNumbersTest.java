package org.gapcheck.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ChineseNumbersTest {

    @ParameterizedTest
    @CsvSource({
        "105, 105", "'1,234.5', 1234.5", "0.34, 0.34", "一百零五, 105", "两万, 20000", "十二, 12", "二十三, 23",
        "九十八点四, 98.4", "1.2万, 12000", "2.3亿, 230000000", "零, 0", "一亿二千万, 120000000", "二〇二三, 2023",
        "三千零五十, 3050", "百, 100"
    })
    void parsesNumerals(String numeral, String expected) {
        assertEquals(0, new BigDecimal(expected).compareTo(ChineseNumbers.parseNumeral(numeral)), numeral);
    }

    @Test
    void rejectsWhatIsNoNumeral() {
        assertThrows(NumberFormatException.class, () -> ChineseNumbers.parseNumeral("万"));
        assertThrows(NumberFormatException.class, () -> ChineseNumbers.parseNumeral("十九八"));
        assertThrows(NumberFormatException.class, () -> ChineseNumbers.parseNumeral(""));
    }

    @ParameterizedTest
    @CsvSource({
        "98.4%, 98.4, %, ''", "百分之九十八点四, 98.4, %, ''", "百分之百, 100, %, ''", "五分之一, 20, %, ''",
        "150余次, 150, 次, 余", "1.2万余条, 12000, 条, 余", "39万余元, 39, 万元, 余", "约3100余万元, 3100, 万元, 余",
        "1.33亿元, 1.33, 亿元, ''", "两万元, 2, 万元, ''", "约150次, 150, 次, 约", "近90%, 90, %, 近",
        "超过200件, 200, 件, 超过", "不少于12学时, 12, 学时, 不少于", "95%以上, 95, %, 以上", "3000多件, 3000, 件, 多",
        "百余名, 100, 名, 余", "2万余份, 20000, 份, 余", "1280人次, 1280, 人次, ''", "2个月, 2, 个月, ''",
        "二十三项, 23, 项, ''", "'1,234件', 1234, 件, ''"
    })
    void parsesQuantities(String phrase, String value, String unit, String qualifier) {
        Quantity q = ChineseNumbers.parse(phrase).orElseThrow(() -> new AssertionError(phrase));
        assertEquals(0, new BigDecimal(value).compareTo(q.value()), phrase);
        assertEquals(unit, q.unit(), phrase);
        assertEquals(qualifier, q.qualifier(), phrase);
    }

    /** Found by fuzzing: a text cut off right after 百分之 (a truncated scrape) threw StringIndexOutOfBounds. */
    @Test
    void textEndingInAPercentWordOrFractionHasNoNumberThere() {
        assertEquals(List.of(), ChineseNumbers.findAll("复议纠错率为百分之"));
        assertEquals(List.of(), ChineseNumbers.findAll("三分之"));
    }

    @Test
    void tellsKindsApart() {
        assertEquals(Quantity.Kind.PERCENT, ChineseNumbers.parse("81.25%").orElseThrow().kind());
        assertEquals(Quantity.Kind.COUNT, ChineseNumbers.parse("14件").orElseThrow().kind());
        assertEquals(Quantity.Kind.MONEY, ChineseNumbers.parse("6610元").orElseThrow().kind());
        assertEquals(Quantity.Kind.OTHER, ChineseNumbers.parse("234天").orElseThrow().kind());
    }

    @Test
    void findsNumbersInProseButNotYearsCodesOrWords() {
        List<Quantity> found = ChineseNumbers.findAll("从2019年全年4.4%跃升至2020年的81.25%，PM2.5浓度为49μg/m3，统一推进");
        assertEquals(List.of("4.4", "81.25", "49"), found.stream().map(q -> q.value().toPlainString()).toList());
        assertTrue(ChineseNumbers.findAll("20204月，12345热线，一是进一步").isEmpty());
    }

    @Test
    void spansCoverHedgeAndUnit() {
        String text = "涉案金额约3100余万元，达到95%以上。";
        List<Quantity> found = ChineseNumbers.findAll(text);
        assertEquals("约3100余万元", text.substring(found.get(0).start(), found.get(0).end()));
        assertEquals("95%以上", text.substring(found.get(1).start(), found.get(1).end()));
    }
}
