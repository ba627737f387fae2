package org.gapcheck.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a PDF prints at the top and bottom of every page and which is not the report: page numbers ("— 1 —", "第 1 页
 * 共 5 页", a bare 3) and running headers and footers (the same line, up to its page number, on most pages). Only lines
 * at a page's edges are considered, so a number or a phrase in the body is never taken for furniture.
 */
final class PageFurniture {

    /** How many lines at the top and at the bottom of a page may be furniture. */
    private static final int EDGE_LINES = 3;
    /** Longer lines are text, not a running header. */
    private static final int MAX_RUNNING_LENGTH = 50;
    /** A bare number is a page number only when it is about the page's position; 3 at a page's foot may be a value. */
    private static final int BARE_NUMBER_SLACK = 10;

    private static final String DASHES = "[\\s\\-—–－‒―~～_·•]*";
    private static final Pattern DECORATED_NUMBER = Pattern.compile(
            "^(?:" + DASHES + "[\\-—–－‒―~～]" + DASHES + "\\d{1,4}" + DASHES
                    + "|第\\s*\\d{1,4}\\s*页(?:\\s*[,，、/]?\\s*共\\s*\\d{1,4}\\s*页)?"
                    + "|共\\s*\\d{1,4}\\s*页\\s*[,，、/]?\\s*第\\s*\\d{1,4}\\s*页"
                    + "|\\d{1,4}\\s*/\\s*\\d{1,4}"
                    + "|(?i:page)\\s*\\d{1,4}(?:\\s*(?i:of)\\s*\\d{1,4})?)$");
    private static final Pattern BARE_NUMBER = Pattern.compile("^\\d{1,4}$");
    private static final Pattern DIGITS = Pattern.compile("\\d+");

    private PageFurniture() {}

    /** {@code lines} (all pages, in order) without the furniture at each page's top and bottom. */
    static List<PdfLine> without(List<PdfLine> lines) {
        List<List<PdfLine>> pages = byPage(lines);
        Set<String> running = runningLines(pages);
        List<PdfLine> body = new ArrayList<>();
        for (List<PdfLine> page : pages) {
            int from = 0;
            int to = page.size();
            while (from < to && from < EDGE_LINES && isFurniture(page.get(from), running)) {
                from++;
            }
            while (to > from && page.size() - to < EDGE_LINES && isFurniture(page.get(to - 1), running)) {
                to--;
            }
            body.addAll(page.subList(from, to));
        }
        return body;
    }

    private static boolean isFurniture(PdfLine line, Set<String> running) {
        return isPageNumber(line) || running.contains(key(line.text()));
    }

    static boolean isPageNumber(PdfLine line) {
        String text = CharNormalizer.normalize(line.text()).strip();
        if (DECORATED_NUMBER.matcher(text).matches()) {
            return true;
        }
        if (!BARE_NUMBER.matcher(text).matches()) {
            return false;
        }
        return Math.abs(Integer.parseInt(text) - (line.page() + 1)) <= BARE_NUMBER_SLACK;
    }

    /** The keys of edge lines that recur on at least two pages and on at least half of them. */
    private static Set<String> runningLines(List<List<PdfLine>> pages) {
        Map<String, Integer> pagesWith = new HashMap<>();
        for (List<PdfLine> page : pages) {
            Set<String> keys = new HashSet<>();
            for (int i = 0; i < page.size(); i++) {
                if ((i < EDGE_LINES || i >= page.size() - EDGE_LINES) && page.get(i).text().length() <= MAX_RUNNING_LENGTH) {
                    keys.add(key(page.get(i).text()));
                }
            }
            keys.forEach(k -> pagesWith.merge(k, 1, Integer::sum));
        }
        Set<String> running = new HashSet<>();
        pagesWith.forEach((key, count) -> {
            if (count >= 2 && count * 2 >= pages.size()) {
                running.add(key);
            }
        });
        return running;
    }

    /** The line with its blanks dropped and each run of digits as #, so that "第 3 页" and "第 4 页" are one line. */
    private static String key(String text) {
        StringBuilder compact = new StringBuilder();
        String normalized = CharNormalizer.normalize(text);
        for (int i = 0; i < normalized.length(); i++) {
            if (!Line.isBlank(normalized.charAt(i))) {
                compact.append(normalized.charAt(i));
            }
        }
        Matcher m = DIGITS.matcher(compact);
        return m.replaceAll("#");
    }

    private static List<List<PdfLine>> byPage(List<PdfLine> lines) {
        List<List<PdfLine>> pages = new ArrayList<>();
        int page = -1;
        for (PdfLine line : lines) {
            while (page < line.page()) {
                pages.add(new ArrayList<>());
                page++;
            }
            pages.get(pages.size() - 1).add(line);
        }
        return pages;
    }
}
