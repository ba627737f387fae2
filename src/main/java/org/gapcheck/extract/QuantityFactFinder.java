package org.gapcheck.extract;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.gapcheck.ingest.Document;

/**
 * Every other quantity the report states, as a fact with no catalogue metric: the engine ignores them, but consistency
 * checks and evaluation against gold see the whole of what a report claims. Leaves out ordinals (第2家), numbers inside
 * quotes and titles (“十个一”, 《…2.0》) and 一 used as an article (一起案件, 一次办).
 */
final class QuantityFactFinder {

    private static final String ORDINAL_MARK = "第";
    private static final String OTHER_MARK = "另";
    private static final int MAX_NAME = 16;

    List<MetricFact> find(Document document, List<Quantity> quantities, List<MetricFact> known) {
        String text = document.normalized();
        boolean[] quoted = quoted(text);
        List<MetricFact> facts = new ArrayList<>();
        int previousEnd = 0;
        for (Quantity q : quantities) {
            int clauseStart = Clauses.start(text, q.start());
            boolean claimed = known.stream().anyMatch(f -> f.start() < q.end() && q.start() < f.end());
            if (!claimed && !quoted[q.start()] && !ordinal(text, q) && !article(text, q)) {
                int start = skipFiller(text, Math.max(clauseStart, previousEnd), q.start());
                facts.add(new MetricFact(null, name(text, start, q), q.value(), q.unit(), q.qualifier(), Period.CURRENT,
                        Scope.OWN, document.sectionAt(start), start, q.end(), document.text().substring(start, q.end())));
            }
            previousEnd = q.end();
        }
        return facts;
    }

    /** The words before the number in its clause, or after it when the number leads ("81件政府涉法事务"). */
    private static String name(String text, int start, Quantity q) {
        String before = text.substring(start, q.start()).strip();
        if (!before.isEmpty()) {
            return before;
        }
        int clauseEnd = Clauses.end(text, q.end());
        return text.substring(q.end(), Math.min(clauseEnd, q.end() + MAX_NAME)).strip();
    }

    private static int skipFiller(String text, int from, int to) {
        int i = from;
        while (i < to && (Character.isWhitespace(text.charAt(i)) || text.charAt(i) == '、')) {
            i++;
        }
        return i;
    }

    /** 第2家, and every member of a list that 第 opens (第一、二、三次). */
    private static boolean ordinal(String text, Quantity q) {
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
    private static boolean article(String text, Quantity q) {
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

    /** Which chars lie inside “…”, 《…》 or 「…」; a line break closes whatever is open. */
    private static boolean[] quoted(String text) {
        boolean[] inside = new boolean[text.length()];
        int depth = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '“' || c == '《' || c == '「') {
                depth++;
            } else if ((c == '”' || c == '》' || c == '」') && depth > 0) {
                depth--;
            } else if (c == '\n') {
                depth = 0;
            }
            inside[i] = depth > 0;
        }
        return inside;
    }
}
