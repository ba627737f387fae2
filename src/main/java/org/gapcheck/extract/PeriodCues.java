package org.gapcheck.extract;

import java.util.regex.Pattern;

/** Reads from the words around a number whether it is a level, an earlier level or a change. */
final class PeriodCues {

    /** A verb of change right before the number: 同比下降7.01个百分点, 增长18%; 提高到/增至 state the new level. */
    private static final Pattern CHANGE_BEFORE =
            Pattern.compile("(?=[上下增减提降回压])(?:上升|下降|增加|减少|增长|提高|降低|提升|下滑|回落|压减|增|降|减)了?(?:约|近|超过)?$");
    private static final Pattern FROM_BEFORE = Pattern.compile("(?=[从由])(?:从|由)(?:\\d{4}年?(?:全年|底|末|的)*)?(?:约|近)?$");
    private static final Pattern TO_AFTER = Pattern.compile("到|至");
    private static final String POINTS = "个百分点";

    private PeriodCues() {}

    /** The period of {@code q}, given the words between the previous number (or the clause start) and it. */
    static Period of(Clauses clauses, int from, Quantity q) {
        String text = clauses.text();
        String before = text.substring(from, q.start());
        if (CHANGE_BEFORE.matcher(before).find() || q.unit().equals(POINTS)) {
            return Period.CHANGE;
        }
        if (FROM_BEFORE.matcher(before).find()
                && TO_AFTER.matcher(text.substring(q.end(), clauses.end(q.end()))).find()) {
            return Period.PREVIOUS;
        }
        return Period.CURRENT;
    }
}
