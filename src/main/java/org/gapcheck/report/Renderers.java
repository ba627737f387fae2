package org.gapcheck.report;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/** The renderers by format name, as the command line names them. */
public final class Renderers {
    private static final Map<String, Supplier<Renderer>> BY_FORMAT = new LinkedHashMap<>();

    static {
        BY_FORMAT.put("console", ConsoleRenderer::new);
        BY_FORMAT.put("md", MarkdownRenderer::new);
        BY_FORMAT.put("json", JsonRenderer::new);
        BY_FORMAT.put("csv", CsvRenderer::new);
        BY_FORMAT.put("html", HtmlRenderer::new);
        BY_FORMAT.put("xlsx", XlsxRenderer::new);
    }

    private Renderers() {}

    public static Optional<Renderer> forFormat(String format) {
        return Optional.ofNullable(BY_FORMAT.get(format)).map(Supplier::get);
    }

    public static Set<String> formats() {
        return BY_FORMAT.keySet();
    }
}
