package org.gapcheck.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.gapcheck.engine.Verdict;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.DocumentType;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;

/**
 * The shell both HTML formats share: one self-contained page, its stylesheet and script inlined from the classpath, so
 * it opens from a mail attachment or a USB stick with no network. Report text only ever enters through jsoup's
 * {@code text(...)} and {@code attr(...)}, which escape it; only our own resources are written as raw data.
 */
final class HtmlPage {
    private HtmlPage() {}

    static Document create(String title, String bodyClass) {
        Document page = Document.createShell("");
        page.outputSettings().charset(StandardCharsets.UTF_8).escapeMode(Entities.EscapeMode.base).prettyPrint(false);
        page.prependChild(new DocumentType("html", "", ""));
        page.selectFirst("html").attr("lang", "zh-CN");
        Element head = page.head();
        head.appendElement("meta").attr("charset", "utf-8");
        head.appendElement("meta").attr("name", "viewport").attr("content", "width=device-width, initial-scale=1");
        head.appendElement("title").text(title);
        head.appendElement("style").appendChild(new DataNode(resource("report.css")));
        page.body().addClass(bodyClass);
        return page;
    }

    /** The page's one script, last in the body so that it runs over a complete page. */
    static void appendScript(Document page) {
        page.body().appendElement("script").appendChild(new DataNode(resource("report.js")));
    }

    /** The CSS class that colours a verdict: v-gap, v-partial, v-no_evidence … */
    static String verdictClass(Verdict verdict) {
        return "v-" + verdict.name().toLowerCase();
    }

    /** A badge: the verdict in words, so that it reads in black and white too. */
    static Element badge(Element parent, Verdict verdict) {
        return parent.appendElement("span").addClass("badge").addClass(verdictClass(verdict)).text(verdict.label());
    }

    private static String resource(String name) {
        try (InputStream in = HtmlPage.class.getResourceAsStream("/report/html/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource /report/html/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
