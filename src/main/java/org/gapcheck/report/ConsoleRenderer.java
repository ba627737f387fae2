package org.gapcheck.report;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.gapcheck.engine.Assessment;
import org.gapcheck.engine.Evidence;
import org.gapcheck.engine.IndicatorResult;
import org.gapcheck.engine.Verdict;
import org.gapcheck.engine.fact.Finding;

/**
 * The terminal summary: per report, the verdict counts, then every indicator worst first, each with its evidence. Every
 * line goes through {@link TerminalText}.
 */
final class ConsoleRenderer extends TextRenderer {

    @Override
    public String extension() {
        return "txt";
    }

    @Override
    public void write(List<Assessment> assessments, Writer out) throws IOException {
        for (Assessment a : assessments) {
            writeLine(out, "━━ " + Texts.title(a) + "  " + a.facts().document().name());
            writeLine(out, "得分 " + Texts.score(a) + "（" + counts(a) + "）");
            if (!Texts.publication(a).isEmpty()) {
                writeLine(out, Texts.publication(a));
            }
            for (Verdict verdict : Verdict.values()) {
                for (IndicatorResult r : a.indicators()) {
                    if (r.verdict() == verdict) {
                        writeIndicator(r, out);
                    }
                }
            }
            for (Finding f : a.findings()) {
                writeLine(out, "  ! " + f.message());
            }
            out.write("\n");
        }
    }

    static String counts(Assessment a) {
        StringBuilder s = new StringBuilder();
        for (Verdict v : Verdict.values()) {
            if (s.length() > 0) {
                s.append(" · ");
            }
            s.append(v.label()).append(' ').append(a.count(v));
        }
        return s.toString();
    }

    private static void writeIndicator(IndicatorResult r, Writer out) throws IOException {
        StringBuilder line = new StringBuilder();
        line.append("  [").append(r.verdict().label()).append("] ")
                .append(DisplayWidth.padLeft(Integer.toString(r.indicator().no()), 3))
                .append(' ').append(r.indicator().title());
        line.append("  ").append(r.rule());
        if (r.value() != null) {
            line.append("  ").append(Texts.quantity(r.value(), r.unit()));
            String threshold = Texts.threshold(r);
            if (!threshold.isEmpty()) {
                line.append("（要求 ").append(threshold).append("）");
            }
        }
        String shortfall = Texts.shortfall(r);
        if (!shortfall.isEmpty()) {
            line.append("  ").append(shortfall);
        }
        writeLine(out, line.toString());
        if (!r.evidence().isEmpty()) {
            Evidence e = r.evidence().get(0);
            writeLine(out, e.isLedger() ? "        " + Texts.evidence(e)
                    : "        「" + (e.sentence() == null ? e.text() : e.sentence()) + "」");
        }
    }

    /**
     * One line for the terminal: what the report, its file name, the ledger or the catalogue put in it is shown, never
     * acted on, so that no text of theirs moves the cursor or makes a line of its own.
     */
    private static void writeLine(Writer out, String text) throws IOException {
        out.write(TerminalText.visible(text));
        out.write('\n');
    }
}
