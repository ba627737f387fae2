package org.gapcheck.extract;

import java.math.BigDecimal;

/**
 * Scraping drops 年 between a year and a count ("202020项民心工程" for 2020年20项): a run of five or six digits that
 * starts with a year next to the report's is read as that year followed by the count.
 */
final class GluedYears {

    private static final int YEAR_DIGITS = 4;
    private static final int MAX_DIGITS = 6;

    private GluedYears() {}

    static Quantity split(String text, Quantity q, Integer reportYear) {
        if (reportYear == null || q.kind() != Quantity.Kind.COUNT || !q.qualifier().isEmpty()) {
            return q;
        }
        int end = q.start();
        while (end < text.length() && Character.isDigit(text.charAt(end))) {
            end++;
        }
        int digits = end - q.start();
        if (digits <= YEAR_DIGITS || digits > MAX_DIGITS) {
            return q;
        }
        String run = text.substring(q.start(), end);
        int year = Integer.parseInt(run.substring(0, YEAR_DIGITS));
        if (Math.abs(year - reportYear) > 1 || q.value().compareTo(new BigDecimal(run)) != 0) {
            return q;
        }
        return new Quantity(new BigDecimal(run.substring(YEAR_DIGITS)), q.unit(), "", q.kind(),
                q.start() + YEAR_DIGITS, q.end());
    }
}
