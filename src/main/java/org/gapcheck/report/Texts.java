package org.gapcheck.report;

import java.math.BigDecimal;
import org.gapcheck.catalogue.CheckType;
import org.gapcheck.engine.Assessment;
import org.gapcheck.engine.CheckOutcome;
import org.gapcheck.engine.Evidence;
import org.gapcheck.engine.IndicatorResult;
import org.gapcheck.ingest.Document;
import org.gapcheck.ingest.Published;

/** The Chinese wording shared by the human-readable formats: one place for how a value, a gap or a unit reads. */
final class Texts {
    private Texts() {}

    static String number(BigDecimal value) {
        return value == null ? "" : value.stripTrailingZeros().toPlainString();
    }

    /** 81.25% or 32件. */
    static String quantity(BigDecimal value, String unit) {
        return value == null ? "" : number(value) + (unit == null ? "" : unit);
    }

    static String title(Assessment a) {
        Document d = a.facts().document();
        StringBuilder s = new StringBuilder(d.unit() == null ? "（未识别单位）" : d.unit());
        if (d.year() != null) {
            s.append(' ').append(d.year()).append("年度");
        }
        if (d.unitLevel() != null) {
            s.append("（").append(d.unitLevel().label()).append("）");
        }
        return s.toString();
    }

    /** "发布日期 2021-02-26，公开期限 2021-04-01，按期" when the report states its date; empty otherwise. */
    static String publication(Assessment a) {
        Published published = a.facts().document().published();
        if (published == null) {
            return "";
        }
        String s = "发布日期 " + published.date();
        if (a.deadline() != null) {
            s += "，公开期限 " + a.deadline() + (published.date().isAfter(a.deadline()) ? "，逾期" : "，按期");
        }
        return s;
    }

    static String score(Assessment a) {
        BigDecimal percent = a.score().percent();
        return percent == null ? "—" : number(percent);
    }

    /** What the deciding check asked for: "≥ 100%", "≤ 5%", "= 0件". Empty when no metric decided. */
    static String threshold(IndicatorResult r) {
        CheckOutcome deciding = decidingCheck(r);
        if (deciding == null || deciding.threshold() == null) {
            return "";
        }
        String op = switch (deciding.type()) {
            case METRIC_AT_LEAST -> "≥ ";
            case METRIC_AT_MOST -> "≤ ";
            case METRIC_ZERO -> "= ";
            default -> "";
        };
        return op + quantity(deciding.threshold(), r.unit());
    }

    /** "差 18.75 个百分点" for a rate, "超出 2件" for a count that should be lower. */
    static String shortfall(IndicatorResult r) {
        if (r.shortfall() == null) {
            return "";
        }
        CheckOutcome deciding = decidingCheck(r);
        boolean under = deciding != null && deciding.type() == CheckType.METRIC_AT_LEAST;
        String amount = "%".equals(r.unit()) ? number(r.shortfall()) + " 个百分点" : quantity(r.shortfall(), r.unit());
        return (under ? "差 " : "超出 ") + amount;
    }

    private static CheckOutcome decidingCheck(IndicatorResult r) {
        return r.checks().stream().filter(c -> c.rule().equals(r.rule())).findFirst().orElse(null);
    }

    /** The current state in one line: the value and the first evidence span (or ledger entry). */
    static String status(IndicatorResult r) {
        String evidence = r.evidence().isEmpty() ? "" : evidence(r.evidence().get(0));
        if (r.derived()) {
            return "由所列数字推算 " + quantity(r.value(), r.unit()) + "：" + evidence;
        }
        if (r.value() != null && !evidence.contains(number(r.value()))) {
            return quantity(r.value(), r.unit()) + "：" + evidence;
        }
        return evidence;
    }

    /** A span of the report as it stands; a value from the office's ledger says so: "台账（来源）：32件". */
    static String evidence(Evidence e) {
        return e.isLedger() ? "台账（" + e.ledger() + "）：" + e.text() : e.text();
    }
}
