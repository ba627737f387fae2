package org.gapcheck.report;

import static org.gapcheck.report.MarkdownText.cell;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.function.Predicate;
import org.gapcheck.report.YearComparison.IndicatorChange;
import org.gapcheck.report.YearComparison.MetricRow;
import org.gapcheck.report.YearComparison.VerdictCount;

/** The comparison as a Markdown document: the same sections as the console, as tables. */
final class ComparisonMarkdownRenderer extends ComparisonRenderer {

    @Override
    public String extension() {
        return "md";
    }

    @Override
    public void write(YearComparison c, Writer out) throws IOException {
        String older = c.olderLabel();
        String newer = c.newerLabel();
        out.write("# 法治政府建设年度对比：" + cell(c.older().title()) + " → " + cell(c.newer().title()) + "\n\n");
        out.write("- 旧报告：" + cell(c.older().report()) + "\n");
        out.write("- 新报告：" + cell(c.newer().report()) + "\n");
        out.write("- 得分：" + scores(c) + "\n\n");
        for (String warning : c.warnings()) {
            out.write("> 注意：" + cell(warning) + "\n\n");
        }

        out.write("## 结论分布\n\n| 结论 | " + older + " | " + newer + " | 变化 |\n|---|---|---|---|\n");
        for (VerdictCount v : c.counts()) {
            out.write("| " + v.verdict().label() + " | " + v.older() + " | " + v.newer() + " | "
                    + (v.change() == 0 ? "持平" : (v.change() > 0 ? "+" : "") + v.change()) + " |\n");
        }

        out.write("\n## 数据对比\n\n各报告所述本年度数值。\n\n");
        out.write("| 数据 | " + older + " | " + newer + " | 变化 | " + older + "原文 | " + newer + "原文 |\n");
        out.write("|---|---|---|---|---|---|\n");
        for (MetricRow r : c.metrics()) {
            out.write("| " + cell(r.name()) + " | " + cell(value(r.older())) + " | " + cell(value(r.newer())) + " | "
                    + cell(r.change()) + " | " + cell(r.older() == null ? "" : r.older().span()) + " | "
                    + cell(r.newer() == null ? "" : r.newer().span()) + " |\n");
        }

        out.write("\n## 结论变化（共 " + c.changes().size() + " 项）\n");
        writeGroup("新增差距", "旧报告不是未达标，新报告未达标。", c.changes(), IndicatorChange::isNewGap, out);
        writeGroup("已解决差距", "旧报告未达标，新报告不再是。", c.changes(), IndicatorChange::isResolvedGap, out);
        writeGroup("其他结论变化", "", c.changes(), ch -> !ch.isNewGap() && !ch.isResolvedGap(), out);
    }

    private static void writeGroup(String heading, String note, List<IndicatorChange> all,
                                   Predicate<IndicatorChange> in, Writer out) throws IOException {
        List<IndicatorChange> group = all.stream().filter(in).toList();
        out.write("\n### " + heading + "（" + group.size() + " 项）\n\n");
        if (!note.isEmpty()) {
            out.write(note + "\n\n");
        }
        if (group.isEmpty()) {
            out.write("无。\n");
            return;
        }
        out.write("| 序号 | 指标 | 结论（旧 → 新） | 旧报告差距 | 新报告差距 | 新报告佐证 |\n|---|---|---|---|---|---|\n");
        for (IndicatorChange ch : group) {
            out.write("| " + ch.no() + " | " + cell(ch.title()) + " | " + ch.older().label() + " → " + ch.newer().label()
                    + " | " + cell(ch.olderShortfall()) + " | " + cell(ch.shortfall()) + " | "
                    + cell(evidence(ch.evidence())) + " |\n");
        }
    }
}
