package org.gapcheck.ingest;

import java.util.Locale;

/** A list counter written the way Word writes it for a {@code w:numFmt} value (chineseCounting 11 → 十一). */
final class ListNumberFormat {

    private static final String CHINESE_DIGITS = "〇一二三四五六七八九";
    private static final String LEGAL_DIGITS = "零壹贰叁肆伍陆柒捌玖";
    private static final String CHINESE_UNITS = "十百千";
    private static final String LEGAL_UNITS = "拾佰仟";
    private static final String HEAVENLY_STEMS = "甲乙丙丁戊己庚辛壬癸";
    private static final String EARTHLY_BRANCHES = "子丑寅卯辰巳午未申酉戌亥";

    private ListNumberFormat() {}

    /** "" for formats that show no number (bullet, none); unknown formats fall back to decimal, as Word does. */
    static String format(String numFmt, int n) {
        String fmt = numFmt == null ? "decimal" : numFmt;
        return switch (fmt) {
            case "none", "bullet" -> "";
            case "decimalZero" -> n >= 0 && n < 10 ? "0" + n : String.valueOf(n);
            case "decimalFullWidth", "decimalFullWidth2" -> fullWidth(String.valueOf(n));
            case "decimalEnclosedCircle", "decimalEnclosedCircleChinese" -> enclosed(n, '\u2460');
            case "decimalEnclosedParen" -> enclosed(n, '\u2474');
            case "decimalEnclosedFullstop" -> enclosed(n, '\u2488');
            case "upperLetter" -> letters(n).toUpperCase(Locale.ROOT);
            case "lowerLetter" -> letters(n);
            case "upperRoman" -> roman(n);
            case "lowerRoman" -> roman(n).toLowerCase(Locale.ROOT);
            case "chineseCounting", "chineseCountingThousand", "japaneseCounting", "taiwaneseCounting",
                    "taiwaneseCountingThousand" -> counting(n, CHINESE_DIGITS, CHINESE_UNITS, true);
            case "chineseLegalSimplified", "japaneseLegal" -> counting(n, LEGAL_DIGITS, LEGAL_UNITS, false);
            case "ideographDigital", "taiwaneseDigital", "japaneseDigitalTenThousand" -> digitByDigit(n);
            case "ideographTraditional" -> cyclic(n, HEAVENLY_STEMS);
            case "ideographZodiac" -> cyclic(n, EARTHLY_BRANCHES);
            default -> String.valueOf(n);
        };
    }

    /** 一 … 九, 十, 十一, 二十, 一百零五, 一千二百; beyond 9999 in digits, which no report's list reaches. */
    private static String counting(int n, String digits, String units, boolean bareTen) {
        if (n < 0 || n > 9999) {
            return String.valueOf(n);
        }
        if (n < 10) {
            return String.valueOf(digits.charAt(n));
        }
        StringBuilder out = new StringBuilder();
        int[] places = {n / 1000, n / 100 % 10, n / 10 % 10, n % 10};
        boolean pendingZero = false;
        for (int i = 0; i < 4; i++) {
            int d = places[i];
            if (d == 0) {
                pendingZero = out.length() > 0;
                continue;
            }
            if (pendingZero) {
                out.append(digits == CHINESE_DIGITS ? '零' : digits.charAt(0));
                pendingZero = false;
            }
            boolean omitOne = bareTen && i == 2 && d == 1 && out.length() == 0;
            if (!omitOne) {
                out.append(digits.charAt(d));
            }
            if (i < 3) {
                out.append(units.charAt(2 - i));
            }
        }
        return out.toString();
    }

    private static String digitByDigit(int n) {
        StringBuilder out = new StringBuilder();
        for (char c : String.valueOf(n).toCharArray()) {
            out.append(Character.isDigit(c) ? CHINESE_DIGITS.charAt(c - '0') : c);
        }
        return out.toString();
    }

    private static String cyclic(int n, String symbols) {
        return n < 1 ? String.valueOf(n) : String.valueOf(symbols.charAt((n - 1) % symbols.length()));
    }

    private static String enclosed(int n, char one) {
        return n >= 1 && n <= 20 ? String.valueOf((char) (one + n - 1)) : String.valueOf(n);
    }

    private static String fullWidth(String digits) {
        StringBuilder out = new StringBuilder();
        for (char c : digits.toCharArray()) {
            out.append(Character.isDigit(c) ? (char) ('０' + (c - '0')) : c);
        }
        return out.toString();
    }

    /** a … z, aa … zz, aaa …: Word repeats the letter rather than counting in base 26. */
    private static String letters(int n) {
        if (n < 1 || n > 780) {
            return String.valueOf(n);
        }
        return String.valueOf((char) ('a' + (n - 1) % 26)).repeat((n - 1) / 26 + 1);
    }

    private static String roman(int n) {
        if (n < 1 || n > 3999) {
            return String.valueOf(n);
        }
        int[] values = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
        String[] symbols = {"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < values.length; i++) {
            while (n >= values[i]) {
                out.append(symbols[i]);
                n -= values[i];
            }
        }
        return out.toString();
    }
}
