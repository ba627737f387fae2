package org.gapcheck.report;

import static org.gapcheck.report.DisplayWidth.padLeft;
import static org.gapcheck.report.DisplayWidth.padRight;
import static org.gapcheck.report.TerminalText.visible;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;
import org.gapcheck.report.YearComparison.IndicatorChange;
import org.gapcheck.report.YearComparison.MetricRow;
import org.gapcheck.report.YearComparison.VerdictCount;

/**
 * The comparison for a terminal: header and warnings, verdict counts, metrics side by side, then the changed verdicts
 * (new gaps, resolved gaps, the rest), each with NEW's evidence. Columns are padded by display width, so that Chinese
 * text, two columns per character, lines up. Text from the reports, their file names, the ledger and the catalogue goes
 * through {@link TerminalText} before it is measured.
 */
final class ComparisonConsoleRenderer extends ComparisonRenderer {

    @Override
    public String extension() {
        return "txt";
    }

    @Override
    public void write(YearComparison c, Writer out) throws IOException {
        out.write("━━ 年度对比：" + c.olderLabel() + " → " + c.newerLabel() + "\n");
        out.write(visible("旧  " + c.older().title() + "  " + c.older().report()) + "\n");
        out.write(visible("新  " + c.newer().title() + "  " + c.newer().report()) + "\n");
        out.write("得分 " + scores(c) + "\n");
        for (String warning : c.warnings()) {
            out.write("  ! 注意：" + visible(warning) + "\n");
        }
        writeCounts(c, out);
        writeMetrics(c, out);
        writeChanges(c, out);
    }

    private static void writeCounts(YearComparison c, Writer out) throws IOException {
        out.write("\n结论分布（" + c.olderLabel() + " → " + c.newerLabel() + "）\n");
        int label = maxWidth(c.counts(), v -> v.verdict().label());
        for (VerdictCount v : c.counts()) {
            out.write("  " + padRight(v.verdict().label(), label) + "  " + padLeft(Long.toString(v.older()), 3) + " → "
                    + padRight(Long.toString(v.newer()), 3) + "  " + (v.change() == 0 ? "持平" : signed(v.change()))
                    + "\n");
        }
    }

    private static void writeMetrics(YearComparison c, Writer out) throws IOException {
        out.write("\n数据对比（各报告所述本年度数值，" + c.olderLabel() + " → " + c.newerLabel() + "）\n");
        if (c.metrics().isEmpty()) {
            out.write("  （两份报告都没有给出指标目录中的数据）\n");
            return;
        }
        int name = maxWidth(c.metrics(), r -> visible(r.name()));
        int older = maxWidth(c.metrics(), r -> visible(value(r.older())));
        int newer = maxWidth(c.metrics(), r -> visible(value(r.newer())));
        for (MetricRow r : c.metrics()) {
            out.write("  " + padRight(visible(r.name()), name) + "  " + padLeft(visible(value(r.older())), older) + " → "
                    + padRight(visible(value(r.newer())), newer) + "  " + visible(r.change()) + "\n");
        }
    }

    private static void writeChanges(YearComparison c, Writer out) throws IOException {
        out.write("\n结论变化 共 " + c.changes().size() + " 项\n");
        writeGroup("新增差距（旧报告不是未达标，新报告未达标）", c.changes(), IndicatorChange::isNewGap, out);
        writeGroup("已解决差距（旧报告未达标，新报告不再是）", c.changes(), IndicatorChange::isResolvedGap, out);
        writeGroup("其他结论变化", c.changes(), ch -> !ch.isNewGap() && !ch.isResolvedGap(), out);
    }

    private static void writeGroup(String heading, List<IndicatorChange> all, Predicate<IndicatorChange> in, Writer out)
            throws IOException {
        List<IndicatorChange> group = all.stream().filter(in).toList();
        out.write("  " + heading + " " + group.size() + " 项\n");
        int title = maxWidth(group, ch -> visible(ch.title()));
        int older = maxWidth(group, ch -> ch.older().label());
        for (IndicatorChange ch : group) {
            StringBuilder line = new StringBuilder("    " + padLeft(Integer.toString(ch.no()), 3) + " ");
            line.append(padRight(visible(ch.title()), title)).append("  ")
                    .append(padLeft(ch.older().label(), older)).append(" → ").append(ch.newer().label());
            if (ch.isResolvedGap() && !ch.olderShortfall().isEmpty()) {
                line.append("  原").append(visible(ch.olderShortfall()));
            }
            if (!ch.shortfall().isEmpty()) {
                line.append("  ").append(visible(ch.shortfall()));
            }
            out.write(line.append('\n').toString());
            if (ch.evidence() != null) {
                out.write("          " + visible(evidence(ch.evidence())) + "\n");
            }
        }
    }

    private static String signed(long n) {
        return (n > 0 ? "+" : "") + n;
    }

    private static <T> int maxWidth(List<T> items, Function<T, String> text) {
        return items.stream().mapToInt(t -> DisplayWidth.of(text.apply(t))).max().orElse(0);
    }
}
