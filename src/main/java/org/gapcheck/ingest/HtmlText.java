package org.gapcheck.ingest;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * Reads a report published as a web page (.html, .htm): decodes it ({@link HtmlCharset}), keeps the report and drops the
 * site around it ({@link HtmlContent}), and lays it out as lines ({@link HtmlLayout}). The page's publication date, when
 * it states one, becomes a first line {@code 发布时间：YYYY-MM-DD}; the page's title follows when the body lacks it,
 * since the title names the unit and the year.
 */
final class HtmlText {

    private static final Set<String> DATE_META = Set.of("pubdate", "publishdate", "publish_date", "publishtime",
            "firstpublishedtime", "article:published_time", "dc.date.issued", "dcterms.issued", "dc.date");
    private static final Pattern DATE =
            Pattern.compile("((?:19|20)\\d{2})\\s*[-年/.]\\s*(\\d{1,2})\\s*[-月/.]\\s*(\\d{1,2})");
    private static final Pattern TITLE_SEPARATORS = Pattern.compile("_|\\||｜|\\s[-–—]\\s|--|——");
    private static final Pattern TITLE_NAMES = Pattern.compile("title|biaoti", Pattern.CASE_INSENSITIVE);
    private static final String REPORT = "报告";
    private static final int MAX_TITLE_LENGTH = 80;
    private static final int MAX_TITLE_CANDIDATES = 20;
    static final String BINARY = "文件含有二进制内容，不是有效的 HTML 网页";
    /**
     * Tags (start and end tags, comments, declarations) a page may have. Report pages have a few hundred (the Hongqiao
     * fixture 267) to a few thousand; 15 MB of unclosed {@code <span><b>} has 3.6 million, and the parser would build an
     * element of 50-130 bytes for each one, far beyond the heap. A page over the budget is refused before it is parsed.
     */
    static final int MAX_TAGS = 200_000;

    private HtmlText() {}

    static String read(Path file, byte[] bytes, Charset encodingOverride) throws IngestException {
        String html = HtmlCharset.decode(file, bytes, encodingOverride);
        // A page never holds NUL, and the parser would quietly turn it into U+FFFD: a binary file under an .html name.
        if (html.indexOf('\0') >= 0) {
            throw new IngestException(file, BINARY);
        }
        if (hasMoreTagsThan(html, MAX_TAGS)) {
            throw new IngestException(file, "网页标签过多（超过 " + MAX_TAGS + " 个），不像是一份报告网页，已拒绝读取");
        }
        org.jsoup.nodes.Document page = Jsoup.parse(html);
        page.select("script, style, noscript, template").remove();
        Optional<LocalDate> published = metaDate(page).or(() -> visibleDate(page));
        Element content = HtmlContent.of(page);
        String body = HtmlLayout.text(content);
        if (body.isEmpty()) {
            return "";
        }
        StringBuilder text = new StringBuilder();
        if (published.isPresent() && Published.find(CharNormalizer.normalize(body)) == null) {
            text.append("发布时间：").append(published.get()).append('\n');
        }
        title(page, content).filter(t -> !opensWith(body, t)).ifPresent(t -> text.append(t).append('\n'));
        return text.append(body).toString();
    }

    /**
     * Counts what can make the parser create a node: {@code <} followed by a letter (a start tag), {@code /} (an end
     * tag, which creates an element for a stray {@code </p>}), {@code !} or {@code ?} (comments, doctype). One pass,
     * stopping at the limit; a {@code <} in text is written {@code &lt;} and costs nothing.
     */
    static boolean hasMoreTagsThan(String html, int limit) {
        int tags = 0;
        for (int at = html.indexOf('<'); at >= 0 && at + 1 < html.length(); at = html.indexOf('<', at + 1)) {
            char next = html.charAt(at + 1);
            if ((next >= 'a' && next <= 'z' || next >= 'A' && next <= 'Z' || next == '/' || next == '!' || next == '?')
                    && ++tags > limit) {
                return true;
            }
        }
        return false;
    }

    private static Optional<LocalDate> metaDate(org.jsoup.nodes.Document page) {
        for (Element meta : page.select("meta[content]")) {
            String name = (meta.hasAttr("name") ? meta.attr("name") : meta.attr("property")).toLowerCase(Locale.ROOT);
            if (DATE_META.contains(name)) {
                Optional<LocalDate> date = date(meta.attr("content"));
                if (date.isPresent()) {
                    return date;
                }
            }
        }
        return Optional.empty();
    }

    /** 发布时间：… wherever the page shows it, typically in the info line between title and body, which is chrome. */
    private static Optional<LocalDate> visibleDate(org.jsoup.nodes.Document page) {
        Published found = Published.find(CharNormalizer.normalize(HtmlLayout.text(page.body())));
        return Optional.ofNullable(found).map(Published::date);
    }

    private static Optional<LocalDate> date(String s) {
        Matcher m = DATE.matcher(s);
        if (!m.find()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3))));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /**
     * The report's title: the first candidate that says 报告 (the CMS's ArticleTitle, an h1, an element named title,
     * the document title without its site name), else the ArticleTitle, h1 or document title as they are.
     */
    private static Optional<String> title(org.jsoup.nodes.Document page, Element content) {
        List<String> strong = new ArrayList<>();
        page.select("meta[name=ArticleTitle]").forEach(m -> strong.add(m.attr("content")));
        page.body().select("h1").stream().limit(MAX_TITLE_CANDIDATES).forEach(h -> strong.add(h.text()));
        List<String> named = new ArrayList<>();
        page.body().getAllElements().stream()
                .filter(e -> TITLE_NAMES.matcher(e.className() + " " + e.id()).find())
                .limit(MAX_TITLE_CANDIDATES)
                .forEach(e -> named.add(e.text()));
        String documentTitle = documentTitle(page.title());
        List<String> all = new ArrayList<>(strong);
        all.addAll(named);
        all.add(documentTitle);
        return all.stream().map(String::strip).filter(t -> t.contains(REPORT) && t.length() <= MAX_TITLE_LENGTH)
                .findFirst()
                .or(() -> strong.stream().map(String::strip)
                        .filter(t -> !t.isEmpty() && t.length() <= MAX_TITLE_LENGTH).findFirst())
                .or(() -> Optional.of(documentTitle).filter(t -> !t.isEmpty() && t.length() <= MAX_TITLE_LENGTH));
    }

    /** "关于…的报告_红桥区人民政府" → "关于…的报告": the part that says 报告, else the longest part. */
    private static String documentTitle(String title) {
        List<String> parts =
                TITLE_SEPARATORS.splitAsStream(title).map(String::strip).filter(p -> !p.isEmpty()).toList();
        return parts.stream().filter(p -> p.contains(REPORT)).findFirst()
                .or(() -> parts.stream().max(Comparator.comparingInt(String::length)))
                .orElse("");
    }

    private static boolean opensWith(String body, String title) {
        String t = withoutBlanks(title);
        String opening = withoutBlanks(body.substring(0, Math.min(body.length(), title.length() * 2 + 200)));
        return opening.contains(t);
    }

    private static String withoutBlanks(String s) {
        StringBuilder b = new StringBuilder(s.length());
        s.chars().filter(c -> !Line.isBlank((char) c)).forEach(c -> b.append((char) c));
        return b.toString();
    }
}
