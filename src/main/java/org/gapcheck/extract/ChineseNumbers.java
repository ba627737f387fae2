package org.gapcheck.extract;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds and parses the numbers of Chinese administrative prose: Arabic (1,234.5), Chinese (一百零五, 两万, 九十八点四),
 * mixed (1.2万), percentages (98.4%, 百分之百, 五分之一), with their unit and hedge. Works on NFKC-normalized text, so
 * full-width digits and ％ arrive as ASCII. Counts multiply 万/亿 out; money keeps the unit the text uses (39万余元 → 39
 * 万元); percentages are in percentage points.
 */
public final class ChineseNumbers {

    private static final String DIGITS = "零〇一二两三四五六七八九";
    private static final String SMALL_UNITS = "十百千";
    private static final String BIG_UNITS = "万亿";
    private static final String NUMERAL_CHARS = DIGITS + SMALL_UNITS + BIG_UNITS + "点";
    private static final Pattern ARABIC = Pattern.compile("\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?(?!\\d)|\\d+(?:\\.\\d+)?");
    private static final List<String> PREFIX_QUALIFIERS = List.of("不少于", "超过", "约", "近");
    private static final List<String> INFIX_QUALIFIERS = List.of("余", "多");
    private static final String SUFFIX_QUALIFIER = "以上";
    private static final Map<String, Quantity.Kind> UNITS = units();
    private static final String BIG_MEASURE = "大";
    private static final String BIG_CLASS = "大类";
    private static final String CONGRESS_OF = "的";
    private static final String NOT_COUNTED_AFTER_BIG = "精报以会代胜召和与及道学厦楼街";
    private static final List<String> UNITS_LONGEST_FIRST =
            UNITS.keySet().stream().sorted(Comparator.comparingInt(String::length).reversed()).toList();

    private ChineseNumbers() {}

    private static Map<String, Quantity.Kind> units() {
        var units = new java.util.HashMap<String, Quantity.Kind>();
        units.put("%", Quantity.Kind.PERCENT);
        units.put("元", Quantity.Kind.MONEY);
        for (String u : List.of("人次", "户次", "场次", "篇次", "批次", "轮次", "件次", "个月", "方面", "学时", "件", "起",
                "个", "项", "次", "条", "家", "名", "人", "户", "场", "期", "篇", "份", "册", "只", "处", "批", "轮", "台",
                "类", "封", "部", "所", "支", "套", "本", "宗", "例", "位", "座", "栋", "辆")) {
            units.put(u, Quantity.Kind.COUNT);
        }
        for (String u : List.of("个百分点", "天", "小时", "平方米", "平方公里", "公里", "千米", "米", "吨", "亩", "倍",
                "μg/m3")) {
            units.put(u, Quantity.Kind.OTHER);
        }
        return Map.copyOf(units);
    }

    /** Whether {@code c} can be part of a numeral: a digit, a Chinese numeral or 点. */
    public static boolean isNumeralChar(char c) {
        return Character.isDigit(c) || NUMERAL_CHARS.indexOf(c) >= 0;
    }

    /** The value of a bare numeral: "105", "1,234.5", "一百零五", "两万", "九十八点四", "1.2万", "二〇二三". */
    public static BigDecimal parseNumeral(String numeral) {
        String s = numeral.strip();
        if (s.isEmpty()) {
            throw new NumberFormatException("empty numeral");
        }
        char last = s.charAt(s.length() - 1);
        if (s.length() > 1 && BIG_UNITS.indexOf(last) >= 0 && Character.isDigit(s.charAt(s.length() - 2))) {
            return parseNumeral(s.substring(0, s.length() - 1)).multiply(bigUnit(last));
        }
        if (ARABIC.matcher(s).matches()) {
            return new BigDecimal(s.replace(",", ""));
        }
        return parseChinese(s);
    }

    /** The whole of {@code phrase} as one quantity ("39万余元", "百分之九十八点四", "约150次"), if it is exactly one. */
    public static Optional<Quantity> parse(String phrase) {
        List<Quantity> found = findAll(phrase);
        return found.size() == 1 && found.get(0).start() == 0 && found.get(0).end() == phrase.length()
                ? Optional.of(found.get(0))
                : Optional.empty();
    }

    /** Every quantity in {@code text} that has a unit (a bare number is an ordinal, a code or part of a name). */
    public static List<Quantity> findAll(String text) {
        List<Quantity> found = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            Quantity q = quantityAt(text, i);
            if (q == null) {
                i++;
            } else {
                found.add(q);
                i = q.end();
            }
        }
        return found;
    }

    private static Quantity quantityAt(String text, int start) {
        // Every quantity starts with a numeral character (百分之 too); most characters of a report are not one.
        if (!isNumeralChar(text.charAt(start))) {
            return null;
        }
        if (start > 0 && (continuesNumber(text.charAt(start - 1), text.charAt(start)))) {
            return null;
        }
        if (text.startsWith("百分之", start)) {
            return percentWords(text, start);
        }
        int numberEnd = numeralEnd(text, start);
        if (numberEnd == start) {
            return null;
        }
        if (text.startsWith("分之", numberEnd)) {
            return fraction(text, start, numberEnd);
        }
        return withUnit(text, start, numberEnd);
    }

    /**
     * A digit right after a digit, a point or a Latin letter is the tail of a number or a code (PM2.5), not a number; a
     * Chinese numeral right after another is the tail of one that did not parse (九大 in 十九大).
     */
    private static boolean continuesNumber(char previous, char c) {
        boolean chinese = NUMERAL_CHARS.indexOf(c) >= 0 && NUMERAL_CHARS.indexOf(previous) >= 0;
        return chinese || Character.isDigit(c)
                && (Character.isDigit(previous) || previous == '.' || previous < 128 && Character.isLetter(previous));
    }

    /** End of the numeral starting at {@code start}: Arabic with an optional 万/亿, or a run of Chinese numerals. */
    private static int numeralEnd(String text, int start) {
        if (start >= text.length()) {
            return start;
        }
        char c = text.charAt(start);
        if (Character.isDigit(c)) {
            Matcher m = ARABIC.matcher(text).region(start, text.length());
            if (!m.lookingAt()) {
                return start;
            }
            int end = m.end();
            if (end < text.length() && BIG_UNITS.indexOf(text.charAt(end)) >= 0) {
                end++;
            }
            return end;
        }
        int end = start;
        while (end < text.length() && NUMERAL_CHARS.indexOf(text.charAt(end)) >= 0) {
            end++;
        }
        while (end > start && text.charAt(end - 1) == '点') {
            end--;
        }
        return end;
    }

    private static Quantity percentWords(String text, int start) {
        int from = start + "百分之".length();
        int end = numeralEnd(text, from);
        BigDecimal value = end == from ? null : tryParse(text.substring(from, end));
        return value == null ? null : hedged(text, value, "%", Quantity.Kind.PERCENT, "", start, end);
    }

    private static Quantity fraction(String text, int start, int denominatorEnd) {
        int from = denominatorEnd + "分之".length();
        int end = numeralEnd(text, from);
        BigDecimal denominator = tryParse(text.substring(start, denominatorEnd));
        BigDecimal numerator = end > from ? tryParse(text.substring(from, end)) : null;
        if (denominator == null || numerator == null || denominator.signum() == 0) {
            return null;
        }
        BigDecimal points = numerator.multiply(BigDecimal.valueOf(100))
                .divide(denominator, 4, RoundingMode.HALF_UP).stripTrailingZeros();
        return hedged(text, points, "%", Quantity.Kind.PERCENT, "", start, end);
    }

    /** number [万|亿] [余|多] [万|亿] unit: 150余次, 1.2万余条, 39万余元, 3100余万元, 百余名. */
    private static Quantity withUnit(String text, int start, int numberEnd) {
        String numeral = text.substring(start, numberEnd);
        int pos = numberEnd;
        String infix = "";
        for (String q : INFIX_QUALIFIERS) {
            if (text.startsWith(q, pos)) {
                infix = q;
                pos += q.length();
                break;
            }
        }
        String multiplier = "";
        if (!infix.isEmpty() && pos < text.length() && BIG_UNITS.indexOf(text.charAt(pos)) >= 0) {
            multiplier = String.valueOf(text.charAt(pos));
            pos++;
        } else if (numeral.length() > 1 && BIG_UNITS.indexOf(numeral.charAt(numeral.length() - 1)) >= 0) {
            multiplier = numeral.substring(numeral.length() - 1);
            numeral = numeral.substring(0, numeral.length() - 1);
        }
        String written = unitAt(text, pos);
        String unit = written;
        if (written == null && bigMeasure(text, start, pos) && !congressNumber(numeral)) {
            written = text.startsWith(BIG_CLASS, pos) ? BIG_CLASS : BIG_MEASURE;
            unit = written.equals(BIG_CLASS) ? "类" : "个";
        }
        if (written == null) {
            return null;
        }
        BigDecimal value = tryParse(numeral);
        if (value == null) {
            return null;
        }
        Quantity.Kind kind = UNITS.get(unit);
        if (kind == Quantity.Kind.MONEY) {
            unit = multiplier + unit;
        } else if (!multiplier.isEmpty()) {
            value = value.multiply(bigUnit(multiplier.charAt(0)));
        }
        int end = pos + written.length();
        return hedged(text, value, unit, kind, infix, start, end);
    }

    /**
     * 六大行动, 五大领域, 11大类: 大 counts the kinds that follow. 党的二十大 and 二十大精神 name a party congress, and
     * 五大道 a place.
     */
    private static boolean bigMeasure(String text, int start, int pos) {
        if (!text.startsWith(BIG_MEASURE, pos) || pos + 1 >= text.length() || start > 0 && text.startsWith(CONGRESS_OF, start - 1)) {
            return false;
        }
        char next = text.charAt(pos + 1);
        return Character.isIdeographic(next) && NOT_COUNTED_AFTER_BIG.indexOf(next) < 0;
    }

    /** 十八大, 十九大, 二十大: reports count kinds in small numbers; a Chinese numeral above ten before 大 is a congress. */
    private static boolean congressNumber(String numeral) {
        BigDecimal value = Character.isDigit(numeral.charAt(0)) ? null : tryParse(numeral);
        return value != null && value.compareTo(BigDecimal.TEN) > 0;
    }

    private static String unitAt(String text, int pos) {
        for (String u : UNITS_LONGEST_FIRST) {
            if (text.startsWith(u, pos)) {
                return u;
            }
        }
        return null;
    }

    /** Adds a hedge written before the number (约, 近, 超过, 不少于) or after the unit (以上); one written inside wins. */
    private static Quantity hedged(String text, BigDecimal value, String unit, Quantity.Kind kind, String infix,
                                   int start, int end) {
        String qualifier = infix;
        int from = start;
        for (String q : PREFIX_QUALIFIERS) {
            if (start >= q.length() && text.startsWith(q, start - q.length())) {
                from = start - q.length();
                if (qualifier.isEmpty()) {
                    qualifier = q;
                }
                break;
            }
        }
        int to = end;
        if (text.startsWith(SUFFIX_QUALIFIER, end)) {
            to = end + SUFFIX_QUALIFIER.length();
            if (qualifier.isEmpty()) {
                qualifier = SUFFIX_QUALIFIER;
            }
        }
        return new Quantity(plain(value), unit, qualifier, kind, from, to);
    }

    /** 12000 rather than 1.2E+4, 98.4 rather than 98.40. */
    private static BigDecimal plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    private static BigDecimal tryParse(String numeral) {
        try {
            return parseNumeral(numeral);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static BigDecimal bigUnit(char c) {
        return c == '亿' ? BigDecimal.valueOf(100_000_000L) : BigDecimal.valueOf(10_000L);
    }

    private static BigDecimal parseChinese(String s) {
        int point = s.indexOf('点');
        BigDecimal integer = parseChineseInteger(point < 0 ? s : s.substring(0, point));
        if (point < 0) {
            return integer;
        }
        StringBuilder fraction = new StringBuilder();
        for (char c : s.substring(point + 1).toCharArray()) {
            fraction.append(digit(c));
        }
        if (fraction.isEmpty()) {
            throw new NumberFormatException("no digits after 点: " + s);
        }
        return new BigDecimal(integer.toPlainString() + "." + fraction);
    }

    private static BigDecimal parseChineseInteger(String s) {
        if (s.isEmpty()) {
            throw new NumberFormatException("empty Chinese numeral");
        }
        if (s.chars().allMatch(c -> DIGITS.indexOf(c) >= 0) && s.length() > 1) {
            StringBuilder digits = new StringBuilder();
            for (char c : s.toCharArray()) {
                digits.append(digit(c));
            }
            return new BigDecimal(digits.toString());
        }
        long total = 0;
        long section = 0;
        long number = -1;
        for (char c : s.toCharArray()) {
            int small = SMALL_UNITS.indexOf(c);
            if (DIGITS.indexOf(c) >= 0) {
                if (number > 0) {
                    throw new NumberFormatException("two digits in a row: " + s);
                }
                number = digit(c);
            } else if (small >= 0) {
                section += (number < 0 ? 1 : number) * (long) Math.pow(10, small + 1);
                number = -1;
            } else if (c == '万' || c == '亿') {
                long value = section + Math.max(number, 0);
                if (value == 0) {
                    throw new NumberFormatException("万/亿 without a number: " + s);
                }
                total = c == '亿' ? (total + value) * 100_000_000L : total + value * 10_000L;
                section = 0;
                number = -1;
            } else {
                throw new NumberFormatException("not a Chinese numeral: " + s);
            }
        }
        return BigDecimal.valueOf(total + section + Math.max(number, 0));
    }

    private static int digit(char c) {
        int d = DIGITS.indexOf(c);
        if (d < 0) {
            throw new NumberFormatException("not a Chinese digit: " + c);
        }
        return d <= 1 ? 0 : d <= 3 ? d - 1 : d - 2;
    }
}
