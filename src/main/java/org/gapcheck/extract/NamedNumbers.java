package org.gapcheck.extract;

import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Numbers with a measure word that count nothing: ordinals (第2家, 第一、二、三次), 一 used as an article (破获一起…案),
 * numbers that are part of a name or slogan (十个一, 五个现代化, 三项制度, 十项行动, 两个常态化), place names (三条石街道),
 * the field of a ranking (在全市16个区排名第二) and session numbers (十四届人大二次会议). Decided by the shape of the
 * phrase, never by listing the names themselves.
 */
final class NamedNumbers {

    private static final String ORDINAL_MARK = "第";
    private static final String OTHER_MARK = "另";
    private static final String SMALL_CHINESE = "一二两三四五六七八九十";
    /** Measures that slogans use: 三个代表, 三项制度, 八条规定. 大 is left out: 六大行动 counts six campaigns. */
    private static final String SLOGAN_MEASURES = "个项条";
    /** Heads that make "numeral + measure + head" the name of one programme rather than a count of them. */
    private static final List<String> PROGRAMME_HEADS = List.of("制度", "工程", "行动", "机制", "体系", "清单");
    private static final String OPENING_QUOTES = "“‘「《\"";
    private static final int ABSTRACT_SUFFIX_REACH = 4;
    private static final Pattern PLACE = Pattern.compile("[\\p{IsHan}&&[^街社村镇乡路里区县市]](?:街道|社区|村|镇|乡|路|街|里)");
    private static final Pattern RANK_FIELD_BEFORE = Pattern.compile("(?=[全各])(?:全国|全省|全市|全区|全县|各)$");
    private static final Pattern RANKING = Pattern.compile("(?=[排位名居])(?:排名|排第|位居|位列|名列|居第)");
    private static final Pattern SESSION = Pattern.compile("届\\p{IsHan}{0,6}$");

    private NamedNumbers() {}

    static boolean countsNothing(Clauses clauses, Quantity q) {
        String text = clauses.text();
        return ordinal(text, q) || article(text, q) || slogan(text, q) || place(text, q) || rankField(clauses, q)
                || session(clauses, q);
    }

    /** 第2家, and every member of a list that 第 opens (第一、二、三次). */
    static boolean ordinal(String text, Quantity q) {
        int i = q.start();
        while (i > 0 && (text.charAt(i - 1) == '、' || ChineseNumbers.isNumeralChar(text.charAt(i - 1)))) {
            i--;
        }
        return i > 0 && text.startsWith(ORDINAL_MARK, i - 1);
    }

    /**
     * 一 followed by more words is an article ("一起案件"); a count at a clause end ("录用…一名") or after 另 counts.
     * 一 with a measure ("最后一米") is an idiom.
     */
    static boolean article(String text, Quantity q) {
        if (text.charAt(q.start()) != '一' || q.value().compareTo(BigDecimal.ONE) != 0) {
            return false;
        }
        if (q.kind() != Quantity.Kind.COUNT) {
            return true;
        }
        boolean clauseEnds = q.end() >= text.length() || Clauses.isBreak(text.charAt(q.end()));
        boolean afterOther = q.start() > 0 && text.startsWith(OTHER_MARK, q.start() - 1);
        return !clauseEnds && !afterOther;
    }

    /**
     * A small Chinese numeral with 个/项/条 that names a slogan: another numeral follows (十个一), a quoted name follows
     * (五个“…”), an abstract -化 goal follows (两个常态化, 五个现代化天津), or a programme head (三项制度, 十项行动).
     */
    static boolean slogan(String text, Quantity q) {
        if (!smallChinese(text, q) || q.end() >= text.length()
                || SLOGAN_MEASURES.indexOf(text.charAt(q.end() - 1)) < 0 || !q.qualifier().isEmpty()) {
            return false;
        }
        char next = text.charAt(q.end());
        if (SMALL_CHINESE.indexOf(next) >= 0 || OPENING_QUOTES.indexOf(next) >= 0) {
            return true;
        }
        String after = text.substring(q.end(), Math.min(text.length(), q.end() + ABSTRACT_SUFFIX_REACH));
        int abstractGoal = after.indexOf('化');
        if (abstractGoal > 0 && after.substring(0, abstractGoal).codePoints().allMatch(Character::isIdeographic)) {
            return true;
        }
        return PROGRAMME_HEADS.stream().anyMatch(h -> text.startsWith(h, q.end()));
    }

    /** 三条石街道: a count puts its noun right after the measure (三个街道); a one-char stem before 街道 makes a name. */
    static boolean place(String text, Quantity q) {
        return smallChinese(text, q) && PLACE.matcher(text).region(q.end(), text.length()).lookingAt();
    }

    /** 在全市16个区排名第二: the number of units ranked is context for a rank, not a result. */
    static boolean rankField(Clauses clauses, Quantity q) {
        String text = clauses.text();
        int clauseStart = clauses.start(q.start());
        int clauseEnd = clauses.end(q.end());
        return RANK_FIELD_BEFORE.matcher(text.substring(clauseStart, q.start())).find()
                && RANKING.matcher(text.substring(q.end(), clauseEnd)).find();
    }

    /** 十四届人大二次会议, 二十届三中全会: the session of a congress. */
    static boolean session(Clauses clauses, Quantity q) {
        String text = clauses.text();
        return text.startsWith("会议", q.end()) && SESSION.matcher(text.substring(clauses.start(q.start()),
                q.start())).find();
    }

    private static boolean smallChinese(String text, Quantity q) {
        int numeralStart = q.start();
        while (numeralStart < q.end() && !ChineseNumbers.isNumeralChar(text.charAt(numeralStart))) {
            numeralStart++;
        }
        return numeralStart < q.end() && SMALL_CHINESE.indexOf(text.charAt(numeralStart)) >= 0
                && q.value().compareTo(BigDecimal.TEN) <= 0;
    }
}
