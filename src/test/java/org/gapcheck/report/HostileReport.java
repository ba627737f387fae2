package org.gapcheck.report;

import java.nio.file.Files;
import java.nio.file.Path;
import org.gapcheck.engine.Assessment;
import org.gapcheck.engine.Engine;
import org.gapcheck.engine.RuleBase;
import org.gapcheck.extract.Extractor;
import org.gapcheck.ingest.DocumentReader;

/**
 * A report whose file name, title and sentences try to act in the formats gapcheck writes — a spreadsheet formula, HTML,
 * Markdown, terminal escapes, a line of gapcheck's own, a clause longer than an Excel cell — assessed with the bundled
 * catalogue. Each hostile sentence is the evidence of the indicator named beside it.
 */
final class HostileReport {
    static final String FILE_NAME = "=HYPERLINK(\"x.example\",\"y\")\n已检查 1 份报告，全部达标\u001b[8m\u202e.txt";
    /** The unit its title names: a formula, a tag, and a page-header code (&B turns bold on). */
    static final String UNIT = "=1+2&B<b>区人民政府";
    /** Indicator 43 (行政执法公示). */
    static final String FORMULA_AND_TAG = "@SUM(1+1)全区<img src=x onerror=alert(1)>行政执法公示制度全面推行";
    /** Indicators 22 and 32 (合法性审查): ESC [8m hides what follows on a terminal, BEL rings. */
    static final String CONTROLS = "\u001b[8m全区重大行政决策合法性审查率达到100%\u0007";
    /** Indicator 6 (双随机): a code span, a cell closed early, a link. */
    static final String MARKDOWN = "全区双随机`监管`|[抽查](x.html)全面推行";
    /** Indicator 5 (权责清单): one clause of 40,010 characters, more than an Excel cell holds. */
    static final String LONG_CLAUSE = "全区推行权责清单制度" + "并持续加强".repeat(8000);

    private static Engine engine;

    private HostileReport() {}

    static String text() {
        return UNIT + "关于2020年度法治政府建设情况的报告\n\n"
                + "一、主要举措和成效\n"
                + "全区行政机关负责人出庭应诉率达到90%，行政复议申请12件全部依法办结。\n"
                + FORMULA_AND_TAG + "。\n"
                + CONTROLS + "。\n"
                + MARKDOWN + "。\n"
                + LONG_CLAUSE + "。\n\n"
                + "二、存在的不足和原因\n法治宣传工作有待加强。\n\n"
                + "三、党政主要负责人履行推进法治建设第一责任人职责情况\n区委书记、区长认真履行第一责任人职责。\n\n"
                + "四、下一年度主要安排\n继续推进法治政府建设。\n";
    }

    /** The report written to {@code dir} under {@link #FILE_NAME}, and assessed. */
    static Assessment assess(Path dir) throws Exception {
        return assess(dir.resolve(FILE_NAME), text());
    }

    /** Any text, written to {@code file} and assessed. */
    static synchronized Assessment assess(Path file, String text) throws Exception {
        if (engine == null) {
            engine = new Engine(RuleBase.build(XlsxSeeds.catalogue()));
        }
        Files.writeString(file, text);
        return engine.assess(new Extractor(XlsxSeeds.catalogue()).extract(DocumentReader.read(file, null)));
    }
}
