package org.gapcheck.ingest;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Finds the report in a government web page: drops the site's chrome (navigation, header, footer, share bar…), then
 * takes the body container of the CMS that published it, or else the block holding most of the page's Chinese text.
 */
final class HtmlContent {

    private static final Set<String> CHROME_TAGS = Set.of("nav", "header", "footer", "aside", "form", "iframe", "select",
            "button", "input", "textarea", "object", "embed", "svg", "canvas");
    private static final Pattern CHROME_NAME = Pattern.compile(
            "nav|menu|breadcrumb|crumb|share|toolbar|header|footer|copyright|weizhi|fenxiang|position|location");
    private static final Set<String> CHROME_ROLES =
            Set.of("navigation", "menu", "menubar", "banner", "contentinfo", "search", "toolbar");
    private static final Pattern HIDDEN = Pattern.compile("display\\s*:\\s*none|visibility\\s*:\\s*hidden");
    /** A CMS's own body container: exact, so it is taken as it is. In order of preference. */
    private static final List<String> CMS_CONTAINERS = List.of(".TRS_Editor", ".TRS_UEDITOR", ".Custom_UnionStyle",
            "#UCAP-CONTENT", "#zoom", "#Zoom", "#fontzoom", ".pages_content", ".article-content", ".article_content");
    /** Generic containers: the report is in them, maybe with other things around it. */
    private static final String GENERIC_CONTAINERS = "article, main, [role=main]";
    /** Blocks that may wrap the report; a p or li holding most of the text is a paragraph of it, not its container. */
    private static final Set<String> WRAPPERS = Set.of("body", "div", "section", "article", "main", "center", "table",
            "tbody", "thead", "tr", "td", "th", "font", "span", "form", "blockquote");
    /**
     * Chrome is never most of a report's page: a "chrome" element (an ASP.NET form, a wrapper named header-wrap) holding
     * more than this share of the page's Chinese text, and at least a short report's worth of it, is the page itself.
     */
    private static final double CHROME_MAX_SHARE = 0.5;
    private static final int SHORTEST_REPORT = 200;
    /** A CMS container holding less than this share of the page's Chinese text is an empty or decorative one. */
    private static final double CONTAINER_MIN_SHARE = 0.3;
    /** A child holding this share of its parent's Chinese text is the clearly denser block the report sits in. */
    private static final double DENSER_CHILD_SHARE = 0.75;

    private HtmlContent() {}

    /** Removes the chrome from {@code page}'s body and returns the element holding the report. */
    static Element of(org.jsoup.nodes.Document page) {
        Element body = page.body();
        Map<Node, Integer> before = chineseCounts(body);
        int total = before.getOrDefault(body, 0);
        for (Element e : body.getAllElements()) {
            int chinese = before.getOrDefault(e, 0);
            if (e != body && isChrome(e) && (chinese <= total * CHROME_MAX_SHARE || chinese < SHORTEST_REPORT)) {
                e.remove();
            }
        }
        Map<Node, Integer> counts = chineseCounts(body);
        int remaining = counts.getOrDefault(body, 0);
        for (String selector : CMS_CONTAINERS) {
            Element best = densest(body.select(selector), counts);
            if (best != null && counts.getOrDefault(best, 0) > 0
                    && counts.getOrDefault(best, 0) >= remaining * CONTAINER_MIN_SHARE) {
                return best;
            }
        }
        Element generic = densest(body.select(GENERIC_CONTAINERS), counts);
        Element start = generic != null && counts.getOrDefault(generic, 0) >= remaining * CONTAINER_MIN_SHARE
                ? generic : body;
        return denserDescendant(start, counts);
    }

    private static boolean isChrome(Element e) {
        if (CHROME_TAGS.contains(e.normalName()) || e.hasAttr("hidden") || HIDDEN.matcher(e.attr("style")).find()) {
            return true;
        }
        if (CHROME_ROLES.contains(e.attr("role").toLowerCase(Locale.ROOT))) {
            return true;
        }
        String names = (e.className() + " " + e.id()).toLowerCase(Locale.ROOT);
        return CHROME_NAME.matcher(names).find();
    }

    private static Element densest(Elements elements, Map<Node, Integer> counts) {
        Element best = null;
        for (Element e : elements) {
            if (best == null || counts.getOrDefault(e, 0) > counts.getOrDefault(best, 0)) {
                best = e;
            }
        }
        return best;
    }

    private static Element denserDescendant(Element start, Map<Node, Integer> counts) {
        Element current = start;
        while (true) {
            int own = counts.getOrDefault(current, 0);
            Element next = null;
            for (Element child : current.children()) {
                if (WRAPPERS.contains(child.normalName()) && own > 0
                        && counts.getOrDefault(child, 0) >= own * DENSER_CHILD_SHARE) {
                    next = child;
                    break;
                }
            }
            if (next == null) {
                return current;
            }
            current = next;
        }
    }

    /** Chinese characters under each element, counted in one pass however deep the page nests. */
    private static Map<Node, Integer> chineseCounts(Element root) {
        Map<Node, Integer> counts = new IdentityHashMap<>();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {}

            @Override
            public void tail(Node node, int depth) {
                int own = node instanceof TextNode t ? chinese(t.getWholeText()) : counts.getOrDefault(node, 0);
                Node parent = node.parentNode();
                if (own > 0 && parent != null && node != root) {
                    counts.merge(parent, own, Integer::sum);
                }
            }
        }, root);
        return counts;
    }

    static int chinese(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 0x3400 && c <= 0x9FFF || c >= 0xF900 && c <= 0xFAFF) {
                n++;
            }
        }
        return n;
    }
}
