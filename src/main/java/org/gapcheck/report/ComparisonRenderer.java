package org.gapcheck.report;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.gapcheck.engine.Evidence;

/** Writes a {@link YearComparison} in one UTF-8 text format; the formats are registered here by name. */
public abstract class ComparisonRenderer {
    private static final Map<String, Supplier<ComparisonRenderer>> BY_FORMAT = new LinkedHashMap<>();

    static {
        BY_FORMAT.put("console", ComparisonConsoleRenderer::new);
        BY_FORMAT.put("md", ComparisonMarkdownRenderer::new);
        BY_FORMAT.put("json", ComparisonJsonRenderer::new);
    }

    public static Optional<ComparisonRenderer> forFormat(String format) {
        return Optional.ofNullable(BY_FORMAT.get(format)).map(Supplier::get);
    }

    public static Set<String> formats() {
        return BY_FORMAT.keySet();
    }

    public final void render(YearComparison comparison, OutputStream out) throws IOException {
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        write(comparison, writer);
        writer.flush();
    }

    public abstract void write(YearComparison comparison, Writer out) throws IOException;

    /** The file extension of this format, without the dot. */
    public abstract String extension();

    /** "42.3 → 28.6（-13.7）". */
    static String scores(YearComparison c) {
        String line = score(c.older()) + " → " + score(c.newer());
        if (c.scoreChange() != null) {
            line += "（" + (c.scoreChange().signum() > 0 ? "+" : "") + Texts.number(c.scoreChange()) + "）";
        }
        return line;
    }

    private static String score(YearComparison.Side side) {
        return side.score() == null ? "—" : Texts.number(side.score());
    }

    /** The sentence behind a verdict in 「」, or the ledger entry marked 台账; empty when there is none. */
    static String evidence(Evidence e) {
        if (e == null) {
            return "";
        }
        if (e.isLedger()) {
            return "台账（" + e.ledger() + "）：" + e.text();
        }
        return "「" + (e.sentence() == null ? e.text() : e.sentence()) + "」";
    }

    /** A stated value, or — when that report states none. */
    static String value(YearComparison.StatedValue v) {
        return v == null ? "—" : v.display();
    }
}
