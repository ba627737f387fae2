package org.gapcheck.ingest;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The numbering styles that open a heading line, from the outermost one Chinese reports use to the innermost. */
enum Numbering {
    /** 一、 */
    CHINESE_NUMERAL("^([一二三四五六七八九十]{1,3})\\s*[、.]"),
    /** （一） or (1) */
    PARENTHESIZED("^[(（]\\s*([一二三四五六七八九十]{1,3}|\\d{1,2})\\s*[)）]"),
    /** 1、 or 1. (but not a decimal such as 1.5) */
    ARABIC("^(\\d{1,2})\\s*[、.](?!\\d)");

    private static final String DIGITS = "一二三四五六七八九";

    private final Pattern marker;

    Numbering(String marker) {
        this.marker = Pattern.compile(marker);
    }

    /** A line of normalized text split into its numbering, the number it gives, and what follows. */
    record Numbered(Numbering numbering, int ordinal, String rest) {}

    static Optional<Numbered> of(String normalizedLine) {
        for (Numbering n : values()) {
            Matcher m = n.marker.matcher(normalizedLine);
            if (m.find()) {
                return Optional.of(new Numbered(n, ordinal(m.group(1)), normalizedLine.substring(m.end()).strip()));
            }
        }
        return Optional.empty();
    }

    /** 3 → 3, 三 → 3, 十二 → 12, 二十 → 20. */
    private static int ordinal(String number) {
        if (Character.isDigit(number.charAt(0))) {
            return Integer.parseInt(number);
        }
        int ten = number.indexOf('十');
        if (ten < 0) {
            return DIGITS.indexOf(number.charAt(0)) + 1;
        }
        int tens = ten == 0 ? 1 : DIGITS.indexOf(number.charAt(0)) + 1;
        int units = ten == number.length() - 1 ? 0 : DIGITS.indexOf(number.charAt(ten + 1)) + 1;
        return tens * 10 + units;
    }
}
