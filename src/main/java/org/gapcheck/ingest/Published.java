package org.gapcheck.ingest;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The publication date a web page states for the report ("发布时间：2021-02-26 18:20", "发布日期：2021年3月30日"), with
 * the span of the date in the original text. Only a labelled date counts: a bare date in the body is usually an event.
 */
public record Published(LocalDate date, int start, int end) {

    private static final Pattern LABELLED_DATE = Pattern.compile(
            // The lookahead lets the search skip, with one character test, every position no label starts at.
            "(?=[发公成])(?:发布时间|发布日期|发文日期|公开日期|成文日期)\\s*[:：]?\\s*"
                    + "((\\d{4})\\s*[-年/.]\\s*(\\d{1,2})\\s*[-月/.]\\s*(\\d{1,2})(?:\\s*日)?)");

    /** The first labelled date in {@code normalized}, or null when the text states none (or only an impossible one). */
    static Published find(String normalized) {
        Matcher m = LABELLED_DATE.matcher(normalized);
        while (m.find()) {
            try {
                LocalDate date = LocalDate.of(Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)),
                        Integer.parseInt(m.group(4)));
                return new Published(date, m.start(1), m.end(1));
            } catch (DateTimeException e) {
                // 2021-13-45 is no date; look for the next label
            }
        }
        return null;
    }
}
