package org.gapcheck.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.gapcheck.engine.Assessment;
import org.gapcheck.engine.Evidence;
import org.gapcheck.engine.IndicatorResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `--format md` of check and compare: text from a report or the ledger shows as written, never as markup. */
class MarkdownTextTest {

    @Test
    void htmlTableBreakersCodeAndLinksAreEscaped() {
        assertEquals("&lt;img src=x onerror=alert(1)&gt;", MarkdownText.cell("<img src=x onerror=alert(1)>"));
        assertEquals("A &amp;amp; B", MarkdownText.cell("A &amp; B"), "no entity of the report's making");
        assertEquals("a\\|b", MarkdownText.cell("a|b"));
        assertEquals("\\`rm -rf\\`", MarkdownText.cell("`rm -rf`"));
        assertEquals("\\[点此\\](javascript:alert(1))", MarkdownText.cell("[点此](javascript:alert(1))"));
        assertEquals("!\\[x\\](http://x/y.png)", MarkdownText.cell("![x](http://x/y.png)"));
        assertEquals("C:\\\\报告", MarkdownText.cell("C:\\报告"));
        assertEquals("一 二 三", MarkdownText.cell("一\n二\r\n\t 三"), "a table row stays on one line");
        assertEquals("\\\\x1b\\[8m隐藏\\\\x07", MarkdownText.cell("\u001b[8m隐藏\u0007"));
        assertEquals("天津市红桥区人民政府 2020年度（区县政府）", MarkdownText.cell("天津市红桥区人民政府 2020年度（区县政府）"));
        assertEquals("", MarkdownText.cell(null));
    }

    @Test
    void theGapListShowsTheReportAndTheLedgerAsText(@TempDir Path dir) throws Exception {
        Assessment hostile = HostileReport.assess(dir);
        List<IndicatorResult> results = hostile.indicators().stream().map(r -> r.indicator().no() != 61 ? r
                : new IndicatorResult(r.indicator(), r.verdict(), r.rule(), r.verdictRule(), r.threshold(), r.value(),
                        r.unit(), r.shortfall(), false, r.checks(),
                        List.of(Evidence.fromLedger("90%", "<script>alert(2)</script>|台账"))))
                .toList();
        Assessment a = new Assessment(hostile.facts(), hostile.score(), results, hostile.findings(), hostile.deadline());
        StringWriter out = new StringWriter();
        new MarkdownRenderer().write(List.of(a), out);
        String md = out.toString();

        assertFalse(md.contains("<"), "no tag of the report's or the ledger's making");
        assertFalse(md.contains("\u001b") || md.contains("\u0007") || md.contains("\u202e"));
        assertTrue(md.startsWith("# =1+2&amp;B&lt;b&gt;区人民政府 2020年度（区县政府） 法治政府建设差距清单\n\n"
                + "- 报告文件：=HYPERLINK(\"x.example\",\"y\") 已检查 1 份报告，全部达标\\\\x1b\\[8m\\\\u202e.txt\n"), md);
        List<String> rows = md.lines().filter(l -> l.startsWith("| ")).toList();
        assertEquals(101, rows.size());
        rows.forEach(row -> assertEquals(11, cellBorders(row), row.substring(0, Math.min(80, row.length()))));
        assertTrue(md.contains("| @SUM(1+1)全区&lt;img src=x onerror=alert(1)&gt;行政执法公示制度全面推行 |"));
        assertTrue(md.contains("| 全区双随机\\`监管\\`\\|\\[抽查\\](x.html)全面推行 |"));
        assertTrue(md.contains("| 台账（&lt;script&gt;alert(2)&lt;/script&gt;\\|台账）：90% |"));
    }

    @Test
    void theComparisonShowsBothReportsAsText(@TempDir Path dir) throws Exception {
        Assessment older = HostileReport.assess(dir.resolve("old.txt"), HostileReport.text()
                .replace(HostileReport.UNIT, "某某区人民政府").replace("2020年度", "2019年度")
                .replace(HostileReport.FORMULA_AND_TAG + "。\n", "").replace(HostileReport.CONTROLS + "。\n", ""));
        Assessment newer = HostileReport.assess(dir);
        StringWriter out = new StringWriter();
        new ComparisonMarkdownRenderer().write(YearComparison.of(XlsxSeeds.catalogue(), older, newer), out);
        String md = out.toString();

        assertFalse(md.contains("<"), md);
        assertFalse(md.contains("\u001b") || md.contains("\u0007") || md.contains("\u202e"));
        assertTrue(md.startsWith("# 法治政府建设年度对比：某某区人民政府 2019年度（区县政府） → "
                + "=1+2&amp;B&lt;b&gt;区人民政府 2020年度（区县政府）\n\n"), md);
        assertTrue(md.contains("\n- 新报告：=HYPERLINK(\"x.example\",\"y\") 已检查 1 份报告，全部达标\\\\x1b\\[8m\\\\u202e.txt\n"), md);
        assertTrue(md.contains("（旧：某某区人民政府，区县政府；新：=1+2&amp;B&lt;b&gt;区人民政府，区县政府）"), md);
        assertTrue(md.contains(" | 「@SUM(1+1)全区&lt;img src=x onerror=alert(1)&gt;行政执法公示制度全面推行。」 |"), md);
        assertTrue(md.contains(" | 「\\\\x1b\\[8m全区重大行政决策合法性审查率达到100%\\\\x07。」 |"), md);
        md.lines().filter(l -> l.startsWith("| ")).forEach(row -> assertTrue(cellBorders(row) == 5 || cellBorders(row) == 7,
                row));
    }

    /** The pipes that delimit cells: those not escaped by a backslash. */
    private static int cellBorders(String row) {
        int borders = 0;
        for (int i = 0; i < row.length(); i++) {
            if (row.charAt(i) == '\\') {
                i++;
            } else if (row.charAt(i) == '|') {
                borders++;
            }
        }
        return borders;
    }
}
