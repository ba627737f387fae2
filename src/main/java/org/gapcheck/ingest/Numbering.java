package org.gapcheck.ingest;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The numbering styles that open a heading line, from the outermost one Chinese reports use to the innermost. */
enum Numbering {
    /** 一、 */
    CHINESE_NUMERAL("^[一二三四五六七八九十]{1,3}\\s*[、.]"),
    /** （一） or (1) */
    PARENTHESIZED("^[(（]\\s*(?:[一二三四五六七八九十]{1,3}|\\d{1,2})\\s*[)）]"),
    /** 1、 or 1. (but not a decimal such as 1.5) */
    ARABIC("^\\d{1,2}\\s*[、.](?!\\d)");

    private final Pattern marker;

    Numbering(String marker) {
        this.marker = Pattern.compile(marker);
    }

    /** A line of normalized text split into its numbering and what follows it. */
    record Numbered(Numbering numbering, String rest) {}

    static Optional<Numbered> of(String normalizedLine) {
        for (Numbering n : values()) {
            Matcher m = n.marker.matcher(normalizedLine);
            if (m.find()) {
                return Optional.of(new Numbered(n, normalizedLine.substring(m.end()).strip()));
            }
        }
        return Optional.empty();
    }
}
