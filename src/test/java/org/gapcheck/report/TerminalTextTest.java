package org.gapcheck.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.gapcheck.engine.Assessment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The console formats of check and compare: text from a report or a file name is shown, never acted on. */
class TerminalTextTest {
    /** What a terminal acts on: C0 controls but tab and line feed (ours), DEL, C1, bidi embeddings and isolates. */
    static final Pattern ACTING = Pattern.compile("[\\x00-\\x08\\x0B-\\x1F\\x7F-\\x9F\\u202A-\\u202E\\u2066-\\u2069]");

    @Test
    void controlCharactersAndBidiOverridesAreShownAsEscapes() {
        assertEquals("\\x1b[8m隐藏\\x07", TerminalText.visible("\u001b[8m隐藏\u0007"));
        assertEquals("a\\nb\\r\\x00\\x7f\\x9b\\x85", TerminalText.visible("a\nb\r\u0000\u007f\u009b\u0085"));
        assertEquals("报告\\u202etxt.exe\\u2066\\u2069\\u202a", TerminalText.visible("报告\u202etxt.exe\u2066\u2069\u202a"));
        assertEquals("序号\t名称 C:\\报告\\a.txt", TerminalText.visible("序号\t名称 C:\\报告\\a.txt"), "tabs and backslashes stay");
        String clean = "天津市红桥区人民政府 2020年度（区县政府）  001_2dee9f555e64716b.txt";
        assertSame(clean, TerminalText.visible(clean));
        assertNull(TerminalText.visible(null));
    }

    @Test
    void theConsoleGapListMakesNoLineAndRunsNoEscapeOfTheReports(@TempDir Path dir) throws Exception {
        Assessment a = HostileReport.assess(dir);
        StringWriter out = new StringWriter();
        new ConsoleRenderer().write(List.of(a), out);
        String console = out.toString();

        assertFalse(ACTING.matcher(console).find(), "nothing for the terminal to act on");
        List<String> lines = console.lines().toList();
        assertEquals("━━ =1+2&B<b>区人民政府 2020年度（区县政府）  "
                + "=HYPERLINK(\"x.example\",\"y\")\\n已检查 1 份报告，全部达标\\x1b[8m\\u202e.txt", lines.get(0));
        assertTrue(lines.stream().noneMatch(l -> l.startsWith("已检查")), "no line of gapcheck's own faked");
        assertTrue(lines.contains("        「\\x1b[8m全区重大行政决策合法性审查率达到100%\\x07。」"), console);
        assertEquals(a.indicators().size() + a.indicators().stream().filter(r -> !r.evidence().isEmpty()).count()
                + a.findings().size() + 2, lines.size() - 1, "header, score, one line per indicator and evidence");
    }

    @Test
    void theConsoleComparisonMakesNoLineAndRunsNoEscapeOfTheReports(@TempDir Path dir) throws Exception {
        Assessment older = HostileReport.assess(dir.resolve("old.txt"), HostileReport.text()
                .replace(HostileReport.UNIT, "某某区人民政府\u001b]0;x\u0007").replace("2020年度", "2019年度")
                .replace(HostileReport.CONTROLS + "。\n", ""));
        Assessment newer = HostileReport.assess(dir);
        StringWriter out = new StringWriter();
        new ComparisonConsoleRenderer().write(YearComparison.of(XlsxSeeds.catalogue(), older, newer), out);
        String console = out.toString();

        assertFalse(ACTING.matcher(console).find(), console);
        List<String> lines = console.lines().toList();
        assertEquals("新  =1+2&B<b>区人民政府 2020年度（区县政府）  "
                + "=HYPERLINK(\"x.example\",\"y\")\\n已检查 1 份报告，全部达标\\x1b[8m\\u202e.txt", lines.get(2));
        assertTrue(lines.get(1).startsWith("旧  某某区人民政府\\x1b]0;x\\x07 2019年度"), lines.get(1));
        assertTrue(lines.stream().noneMatch(l -> l.startsWith("已检查")));
        assertTrue(lines.contains("          「\\x1b[8m全区重大行政决策合法性审查率达到100%\\x07。」"), console);
    }
}
