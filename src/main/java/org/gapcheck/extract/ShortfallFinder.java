package org.gapcheck.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gapcheck.ingest.Document;
import org.gapcheck.ingest.Section;
import org.gapcheck.ingest.SectionKind;

/**
 * Splits each 存在的不足 part into its problems. Reports number them either inline (一是…二是…) or as sub-headings
 * ((一)…, 1.…, 1、…) over paragraphs; a sub-heading that only names the problem is left out and its paragraphs are the
 * problem, as the gold files have it. Without any numbering each paragraph is one problem.
 */
final class ShortfallFinder {

    private static final String NUMERALS = "一二三四五六七八九十";
    private static final Pattern SUB_HEADING = Pattern.compile(
            "^(?:\\((?:[" + NUMERALS + "]+|\\d+)\\)|\\d+(?:[.．](?!\\d)|、)|[" + NUMERALS + "]+、)\\s*");
    private static final String SENTENCE_BREAKS = "。;；!！?？";
    private static final int TITLE_MAX = 40;
    private static final Pattern CAUSE = Pattern.compile("(?=[分原究产])(?:分析原因|原因分析|究其原因|产生(?:上述|以上|这些)问题的原因)");
    private static final String TRAILING = "。;；,，:： \t\r\n\u3000";
    /** "在A、B、C等方面": the 在 of 存在 or 现在 does not open such a list. */
    private static final Pattern AREA_LIST = Pattern.compile("(?=在)(?<![存现正所实])在([^。;；!！?？]{2,300}?)等?方面");
    private static final Pattern AREA_SEPARATOR = Pattern.compile("[、,，]|以及");
    private static final int BROAD_AREAS = 3;

    private final KeywordPlaces keywords;

    ShortfallFinder(KeywordPlaces keywords) {
        this.keywords = keywords;
    }

    List<Shortfall> find(Document document) {
        List<Shortfall> shortfalls = new ArrayList<>();
        for (Section section : document.sections()) {
            if (section.kind() == SectionKind.SHORTFALLS) {
                for (int[] item : items(document.normalized(), paragraphs(document, section))) {
                    shortfall(document, item[0], item[1]).ifPresent(shortfalls::add);
                }
            }
        }
        return shortfalls;
    }

    /** The non-blank lines of the part's body, trimmed, as [start, end) pairs. */
    private static List<int[]> paragraphs(Document document, Section section) {
        String text = document.normalized();
        int from = section.start();
        if (document.text().startsWith(section.heading(), from)) {
            from += section.heading().length();
        }
        List<int[]> paragraphs = new ArrayList<>();
        int lineStart = from;
        for (int i = from; i <= section.end(); i++) {
            if (i == section.end() || text.charAt(i) == '\n') {
                int[] trimmed = trim(text, lineStart, i);
                if (trimmed[1] > trimmed[0]) {
                    paragraphs.add(trimmed);
                }
                lineStart = i + 1;
            }
        }
        return paragraphs;
    }

    private static List<int[]> items(String text, List<int[]> paragraphs) {
        if (paragraphs.stream().anyMatch(p -> subHeadingMarker(text, p) > 0)) {
            return subHeadingItems(text, paragraphs);
        }
        List<int[]> inline = inlineItems(text, paragraphs);
        if (!inline.isEmpty()) {
            return inline;
        }
        // An unnumbered part: every paragraph but an introduction ending in a colon is a problem.
        return paragraphs.stream().filter(p -> ":：".indexOf(text.charAt(p[1] - 1)) < 0).toList();
    }

    private static List<int[]> subHeadingItems(String text, List<int[]> paragraphs) {
        List<int[]> items = new ArrayList<>();
        int[] current = null;
        boolean numbered = false;
        for (int i = 0; i < paragraphs.size(); i++) {
            int[] p = paragraphs.get(i);
            int[] next = i + 1 < paragraphs.size() ? paragraphs.get(i + 1) : null;
            boolean nextIsBody = next != null && subHeadingMarker(text, next) == 0;
            int marker = subHeadingMarker(text, p);
            // Scraping drops markers: a short line after a finished problem, over a longer paragraph, is a heading.
            boolean unmarkedHeading = numbered && current != null && isTitle(text, p, 0) && nextIsBody
                    && !isTitle(text, next, 0);
            if (marker > 0 || unmarkedHeading) {
                numbered = true;
                // A title over paragraphs stands for its problem only when nothing elaborates it.
                current = isTitle(text, p, marker) && nextIsBody ? null : new int[] {p[0] + marker, p[1]};
                if (current != null) {
                    items.add(current);
                }
            } else if (numbered) {
                if (current == null) {
                    current = new int[] {p[0], p[1]};
                    items.add(current);
                } else {
                    current[1] = p[1];
                }
            }
        }
        return items;
    }

    /** Length of the numbering marker the paragraph starts with, or 0. */
    private static int subHeadingMarker(String text, int[] paragraph) {
        Matcher m = SUB_HEADING.matcher(text).region(paragraph[0], paragraph[1]);
        return m.lookingAt() && m.end() < paragraph[1] ? m.end() - paragraph[0] : 0;
    }

    /** A short line of at most one sentence: a heading that names a problem rather than describes it. */
    private static boolean isTitle(String text, int[] paragraph, int marker) {
        int start = paragraph[0] + marker;
        int end = paragraph[1];
        if (end - start > TITLE_MAX) {
            return false;
        }
        for (int i = start; i < end - 1; i++) {
            if (SENTENCE_BREAKS.indexOf(text.charAt(i)) >= 0) {
                return false;
            }
        }
        return true;
    }

    /** 一是…二是…三是…, in order, each at the start of a paragraph or sentence. */
    private static List<int[]> inlineItems(String text, List<int[]> paragraphs) {
        List<int[]> markers = new ArrayList<>();
        int from = paragraphs.isEmpty() ? 0 : paragraphs.get(0)[0];
        int to = paragraphs.isEmpty() ? 0 : paragraphs.get(paragraphs.size() - 1)[1];
        for (int n = 0; n < NUMERALS.length(); n++) {
            int at = nextOrdinal(text, NUMERALS.charAt(n) + "是", from, to);
            if (at < 0) {
                break;
            }
            markers.add(new int[] {at, at + 2});
            from = at + 2;
        }
        List<int[]> items = new ArrayList<>();
        for (int i = 0; i < markers.size(); i++) {
            int start = markers.get(i)[1];
            int end = i + 1 < markers.size() ? markers.get(i + 1)[0] : paragraphEnd(paragraphs, start);
            items.add(new int[] {start, end});
        }
        return items;
    }

    private static int nextOrdinal(String text, String ordinal, int from, int to) {
        for (int at = text.indexOf(ordinal, from); at >= 0 && at < to; at = text.indexOf(ordinal, at + 1)) {
            char before = at == 0 ? '\n' : text.charAt(at - 1);
            if (Character.isWhitespace(before) || (SENTENCE_BREAKS + ":：").indexOf(before) >= 0) {
                return at;
            }
        }
        return -1;
    }

    private static int paragraphEnd(List<int[]> paragraphs, int offset) {
        return paragraphs.stream().filter(p -> offset >= p[0] && offset < p[1]).findFirst()
                .map(p -> p[1]).orElse(offset);
    }

    private Optional<Shortfall> shortfall(Document document, int start, int end) {
        String text = document.normalized();
        Matcher cause = CAUSE.matcher(text).region(start, end);
        if (cause.find()) {
            end = cause.start();
        }
        int[] span = trim(text, start, end);
        if (span[1] <= span[0]) {
            return Optional.empty();
        }
        String normalized = text.substring(span[0], span[1]);
        boolean[] topicNamed = keywords.topicsIn(normalized);
        List<String> named = new ArrayList<>();
        for (int t = 0; t < topicNamed.length; t++) {
            if (topicNamed[t]) {
                named.add(keywords.topics().get(t).id());
            }
        }
        return Optional.of(new Shortfall(document.text().substring(span[0], span[1]), span[0], span[1],
                named, generic(normalized)));
    }

    /**
     * A problem is generic when it lists at least three broad areas and names no catalogue topic outside such lists:
     * a keyword that only appears as one of many areas does not single out its mechanism.
     */
    private boolean generic(String problem) {
        StringBuilder outsideLists = new StringBuilder();
        boolean broad = false;
        int last = 0;
        Matcher m = AREA_LIST.matcher(problem);
        while (m.find()) {
            if (AREA_SEPARATOR.split(m.group(1)).length >= BROAD_AREAS) {
                broad = true;
                outsideLists.append(problem, last, m.start()).append('\n');
                last = m.end();
            }
        }
        outsideLists.append(problem.substring(last));
        if (!broad) {
            return false;
        }
        for (boolean named : keywords.topicsIn(outsideLists.toString())) {
            if (named) {
                return false;
            }
        }
        return true;
    }

    private static int[] trim(String text, int start, int end) {
        while (start < end && (Character.isWhitespace(text.charAt(start)) || text.charAt(start) == '\u3000')) {
            start++;
        }
        while (end > start && TRAILING.indexOf(text.charAt(end - 1)) >= 0) {
            end--;
        }
        return new int[] {start, end};
    }
}
