package org.gapcheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.List;
import org.gapcheck.engine.Verdict;
import org.gapcheck.report.DisplayWidth;
import org.gapcheck.report.Matrix;
import org.junit.jupiter.api.Test;

/** The progress line and the ranking table: what a person sees on the terminal during and after a batch. */
class BatchProgressTest {

    @Test
    void barShowsDoneOfTotalAndTheUnreadableCount() {
        assertEquals("[....................] 0/5 已完成", ProgressBar.line(0, 5, 0));
        assertEquals("[############........] 3/5 已完成 · 1 个无法读取", ProgressBar.line(3, 5, 1));
        assertEquals("[####################] 5/5 已完成", ProgressBar.line(5, 5, 0));
    }

    @Test
    void barRedrawsInPlaceAndWipesItselfAtTheEnd() {
        StringWriter out = new StringWriter();
        ProgressBar bar = new ProgressBar(new PrintWriter(out), 2, true);
        bar.update(1, 1);
        bar.update(2, 1);
        bar.clear();
        String first = ProgressBar.line(1, 2, 1);
        String second = ProgressBar.line(2, 2, 1);
        int width = DisplayWidth.of(second);
        assertEquals("\r" + first + "\r" + second + "\r" + " ".repeat(width) + "\r", out.toString());
    }

    @Test
    void barIsSilentWhenNotOnATerminal() {
        StringWriter out = new StringWriter();
        ProgressBar bar = new ProgressBar(new PrintWriter(out), 2, false);
        bar.update(1, 0);
        bar.clear();
        assertEquals("", out.toString());
    }

    @Test
    void rankingTableAlignsChineseAndDigitsByTerminalColumns() {
        List<Verdict> verdicts = List.of(Verdict.GAP, Verdict.MET, Verdict.MET, Verdict.NO_EVIDENCE);
        Matrix matrix = new Matrix(List.of(), List.of(
                new Matrix.Row("b", "区政府办公室", 2023, new BigDecimal("17.5"), verdicts),
                new Matrix.Row("a", "天津市红桥区人民政府", 2020, new BigDecimal("42.0"), verdicts),
                new Matrix.Row("c", null, null, null, Collections.nCopies(4, Verdict.ON_SITE))));

        List<String> lines = RankingTable.lines(matrix);

        assertEquals(List.of(
                "名次  得分  未达标  部分  无佐证  需实地核查  达标  不适用  单位                  年度  报告",
                "   1    42       1     0       1           0     2       0  天津市红桥区人民政府  2020  a",
                "   2  17.5       1     0       1           0     2       0  区政府办公室          2023  b",
                "   3     —       0     0       0           4     0       0  —                     —     c"), lines);
        // The expected lines above are aligned as a terminal shows them: the last column starts at one place.
        lines.forEach(l -> assertEquals(88, DisplayWidth.of(l.substring(0, l.lastIndexOf(' ') + 1)), l));
    }
}
