package org.gapcheck.eval;

import java.io.PrintWriter;
import java.util.List;

/** Prints an {@link Evaluation} as a Chinese table of scores per report and in total, then every miss and error. */
public final class EvaluationPrinter {
    private static final String TOTAL = "合计";

    private EvaluationPrinter() {}

    public static void print(Evaluation evaluation, PrintWriter out) {
        int nameWidth = evaluation.reports().stream().mapToInt(r -> width(r.report())).max().orElse(0);
        nameWidth = Math.max(nameWidth, width(TOTAL));
        out.println(pad("报告", nameWidth) + "  类别  命中/应有  正确/抽取  精确率  召回率  F1");
        for (ReportEvaluation report : evaluation.reports()) {
            for (Comparison c : report.comparisons()) {
                out.println(row(report.report(), nameWidth, c.category(), c.score()));
            }
        }
        for (Category category : Category.values()) {
            out.println(row(TOTAL, nameWidth, category, evaluation.total(category)));
        }
        for (ReportEvaluation report : evaluation.reports()) {
            for (Comparison c : report.comparisons()) {
                list(out, report.report() + " " + c.category().label() + " 未命中", c.misses());
                list(out, report.report() + " " + c.category().label() + " 误报", c.falsePositives());
            }
        }
        out.flush();
    }

    private static String row(String name, int nameWidth, Category category, Score s) {
        return String.format("%s  %s  %9s  %9s  %6.3f  %6.3f  %5.3f", pad(name, nameWidth), category.label(),
                s.found() + "/" + s.expected(), s.correct() + "/" + s.predicted(), s.precision(), s.recall(), s.f1());
    }

    private static void list(PrintWriter out, String title, List<Span> spans) {
        if (spans.isEmpty()) {
            return;
        }
        out.println();
        out.println(title + "（" + spans.size() + "）：");
        spans.forEach(s -> out.println("  " + s));
    }

    /** Pads to a display width where a CJK character takes two columns. */
    private static String pad(String s, int width) {
        return s + " ".repeat(Math.max(0, width - width(s)));
    }

    private static int width(String s) {
        return s.codePoints().map(c -> c < 0x1100 ? 1 : 2).sum();
    }
}
