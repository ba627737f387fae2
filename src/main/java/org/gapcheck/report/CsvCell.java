package org.gapcheck.report;

import java.util.regex.Pattern;

/**
 * One field of a CSV file as every CSV writer of gapcheck writes it: RFC 4180 quoting, and safe to open in Excel, WPS
 * or LibreOffice. They read a field that begins with = + - @, a tab or a carriage return as a formula (OWASP "CSV
 * injection": a file name =HYPERLINK(…), a sentence @SUM(…) in a report), so such a field gets a leading ' and shows as
 * the text it is. A field that is nothing but a number — the ranks, scores, counts and changes gapcheck formats itself
 * — is a value to a spreadsheet, not a formula, and is written as it is, whoever wrote it.
 */
final class CsvCell {
    private static final Pattern NUMBER = Pattern.compile("[+-]?\\d+(?:\\.\\d+)?");

    private CsvCell() {}

    static String of(String value) {
        if (value == null) {
            return "";
        }
        String text = formulaLike(value) ? "'" + value : value;
        if (text.chars().noneMatch(c -> c == ',' || c == '"' || c == '\n' || c == '\r')) {
            return text;
        }
        return '"' + text.replace("\"", "\"\"") + '"';
    }

    static boolean formulaLike(String value) {
        if (value.isEmpty()) {
            return false;
        }
        return switch (value.charAt(0)) {
            case '=', '@', '\t', '\r' -> true;
            case '+', '-' -> !NUMBER.matcher(value).matches();
            default -> false;
        };
    }
}
