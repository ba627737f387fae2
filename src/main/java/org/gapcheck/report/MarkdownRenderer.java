package org.gapcheck.report;

import static org.gapcheck.report.MarkdownText.cell;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.gapcheck.engine.Assessment;
import org.gapcheck.engine.IndicatorResult;
import org.gapcheck.engine.Verdict;
import org.gapcheck.engine.fact.Finding;

/** A Markdown gap list per report: summary, then one table row per indicator, worst first, then the findings. */
final class MarkdownRenderer extends TextRenderer {

    @Override
    public String extension() {
        return "md";
    }

    @Override
    public void write(List<Assessment> assessments, Writer out) throws IOException {
        for (Assessment a : assessments) {
            out.write("# " + cell(Texts.title(a)) + " 法治政府建设差距清单\n\n");
            out.write("- 报告文件：" + cell(a.facts().document().name()) + "\n");
            if (!Texts.publication(a).isEmpty()) {
                out.write("- " + cell(Texts.publication(a)) + "\n");
            }
            out.write("- 得分：" + Texts.score(a) + "\n");
            out.write("- 结论分布：" + ConsoleRenderer.counts(a) + "\n\n");
            out.write("## 指标结论\n\n");
            List<GapColumn> columns = GapColumn.GAP_LIST;
            out.write("| " + String.join(" | ", columns.stream().map(GapColumn::title).toList()) + " |\n");
            out.write("|" + "---|".repeat(columns.size()) + "\n");
            for (Verdict verdict : Verdict.values()) {
                for (IndicatorResult r : a.indicators()) {
                    if (r.verdict() == verdict) {
                        out.write("| " + String.join(" | ", columns.stream().map(c -> cell(c.value().apply(r))).toList())
                                + " |\n");
                    }
                }
            }
            out.write("\n## 完整性与一致性\n\n");
            if (a.findings().isEmpty()) {
                out.write("未发现问题。\n");
            }
            for (Finding f : a.findings()) {
                out.write("- " + cell(f.message()) + "\n");
            }
            out.write("\n");
        }
    }
}
