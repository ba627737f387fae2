package org.gapcheck.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Round trips of random numbers through the ways reports write them; fixed seeds keep failures reproducible. */
class ChineseNumbersPropertyTest {

    private static final int RUNS = 2000;
    private static final String DIGITS = "零一二三四五六七八九";
    private static final String[] SECTION_UNITS = {"千", "百", "十", ""};
    private static final String[] GROUP_UNITS = {"", "万", "亿"};

    @Test
    void integersRoundTripThroughArabicSeparatedAndChineseForms() {
        Random random = new Random(20240601L);
        for (int run = 0; run < RUNS; run++) {
            long n = randomMagnitude(random, 11);
            BigDecimal expected = BigDecimal.valueOf(n);
            assertSame(expected, ChineseNumbers.parseNumeral(Long.toString(n)), Long.toString(n));
            assertSame(expected, ChineseNumbers.parseNumeral(String.format("%,d", n)), String.format("%,d", n));
            assertSame(expected, ChineseNumbers.parseNumeral(chinese(n)), chinese(n));
        }
    }

    @Test
    void decimalsRoundTripThroughArabicAndChineseForms() {
        Random random = new Random(7L);
        for (int run = 0; run < RUNS; run++) {
            BigDecimal d = randomDecimal(random);
            assertSame(d, ChineseNumbers.parseNumeral(d.toPlainString()), d.toPlainString());
            assertSame(d, ChineseNumbers.parseNumeral(chinese(d)), chinese(d));
        }
    }

    @Test
    void percentagesInEveryFormAreInPoints() {
        Random random = new Random(11L);
        for (int run = 0; run < RUNS; run++) {
            BigDecimal d = randomDecimal(random).remainder(BigDecimal.valueOf(100));
            for (String phrase : List.of(d.toPlainString() + "%", "百分之" + chinese(d), fullWidth(d.toPlainString() + "%"))) {
                Quantity q = quantity(SeedDocuments.normalize(phrase));
                assertSame(d, q.value(), phrase);
                assertEquals("%", q.unit(), phrase);
            }
        }
    }

    @Test
    void everyQualifierIsKeptWithTheValue() {
        Random random = new Random(13L);
        for (int run = 0; run < RUNS; run++) {
            long n = 1 + random.nextInt(100_000);
            String written = random.nextBoolean() ? Long.toString(n) : chinese(n);
            for (String prefix : List.of("约", "近", "超过", "不少于")) {
                assertQualified(prefix + written + "件", n, "件", prefix);
            }
            for (String infix : List.of("余", "多")) {
                assertQualified(written + infix + "次", n, "次", infix);
            }
            assertQualified(written + "项以上", n, "项", "以上");
            assertQualified(written + "%以上", n, "%", "以上");
            assertQualified("约" + written + "余万元", n, "万元", "余");
        }
    }

    @Test
    void bigCountsTheKindsForEverySmallNumeral() {
        for (long n = 2; n <= 10; n++) {
            Quantity fields = ChineseNumbers.findAll(chinese(n) + "大领域").get(0);
            assertSame(BigDecimal.valueOf(n), fields.value(), chinese(n) + "大领域");
            assertEquals("个", fields.unit());
            assertQualified(n + "大类", n, "类", "");
        }
    }

    @Test
    void tenThousandsAreMultipliedOutForCountsButKeptForMoney() {
        Random random = new Random(17L);
        for (int run = 0; run < RUNS; run++) {
            BigDecimal d = BigDecimal.valueOf(1 + random.nextInt(99_999), random.nextInt(3));
            assertQualified(d.toPlainString() + "万余条", d.multiply(BigDecimal.valueOf(10_000)), "条", "余");
            assertQualified(d.toPlainString() + "亿人次", d.multiply(BigDecimal.valueOf(100_000_000)), "人次", "");
            assertQualified(d.toPlainString() + "万余元", d, "万元", "余");
            assertQualified(d.toPlainString() + "亿元", d, "亿元", "");
        }
    }

    @Test
    void fullWidthFormsReadLikeAsciiAfterNormalization() {
        Random random = new Random(19L);
        for (int run = 0; run < RUNS; run++) {
            BigDecimal d = randomDecimal(random);
            String phrase = fullWidth(d.toPlainString()) + "件";
            Quantity q = quantity(SeedDocuments.normalize(phrase));
            assertSame(d, q.value(), phrase);
            assertEquals(phrase.length(), q.end() - q.start(), phrase);
        }
    }

    private static void assertQualified(String phrase, Number value, String unit, String qualifier) {
        assertQualified(phrase, new BigDecimal(value.toString()), unit, qualifier);
    }

    private static void assertQualified(String phrase, BigDecimal value, String unit, String qualifier) {
        Quantity q = quantity(phrase);
        assertSame(value, q.value(), phrase);
        assertEquals(unit, q.unit(), phrase);
        assertEquals(qualifier, q.qualifier(), phrase);
    }

    private static Quantity quantity(String phrase) {
        return ChineseNumbers.parse(phrase).orElseThrow(() -> new AssertionError("not one quantity: " + phrase));
    }

    private static void assertSame(BigDecimal expected, BigDecimal actual, String written) {
        assertEquals(0, expected.compareTo(actual), written + " read as " + actual);
    }

    /** A number of 1 to {@code maxDigits} digits, so small and large magnitudes are both common. */
    private static long randomMagnitude(Random random, int maxDigits) {
        long bound = (long) Math.pow(10, 1 + random.nextInt(maxDigits));
        return Math.floorMod(random.nextLong(), bound);
    }

    private static BigDecimal randomDecimal(Random random) {
        return BigDecimal.valueOf(randomMagnitude(random, 7), 1 + random.nextInt(3));
    }

    private static String fullWidth(String ascii) {
        StringBuilder out = new StringBuilder();
        for (char c : ascii.toCharArray()) {
            out.append(c >= '!' && c <= '~' ? (char) (c - '!' + '！') : c);
        }
        return out.toString();
    }

    static String chinese(BigDecimal d) {
        String plain = d.toPlainString();
        int point = plain.indexOf('.');
        if (point < 0) {
            return chinese(Long.parseLong(plain));
        }
        StringBuilder out = new StringBuilder(chinese(Long.parseLong(plain.substring(0, point)))).append('点');
        for (char c : plain.substring(point + 1).toCharArray()) {
            out.append(DIGITS.charAt(c - '0'));
        }
        return out.toString();
    }

    /** The written Chinese form, 一百零五 or 一亿零五十万, with the 零 that marks a gap. */
    static String chinese(long n) {
        if (n == 0) {
            return "零";
        }
        StringBuilder out = new StringBuilder();
        boolean gap = false;
        for (int group = GROUP_UNITS.length - 1; group >= 0; group--) {
            int value = (int) (n / (long) Math.pow(10_000, group) % 10_000);
            if (value == 0) {
                gap = !out.isEmpty();
                continue;
            }
            if (!out.isEmpty() && (gap || value < 1000)) {
                out.append('零');
            }
            out.append(section(value)).append(GROUP_UNITS[group]);
            gap = false;
        }
        return out.toString();
    }

    private static String section(int value) {
        StringBuilder out = new StringBuilder();
        String digits = String.format("%04d", value);
        boolean pendingZero = false;
        for (int i = 0; i < 4; i++) {
            int d = digits.charAt(i) - '0';
            if (d == 0) {
                pendingZero = !out.isEmpty();
            } else {
                if (pendingZero) {
                    out.append('零');
                }
                out.append(DIGITS.charAt(d)).append(SECTION_UNITS[i]);
                pendingZero = false;
            }
        }
        return out.toString();
    }
}
