package org.gapcheck.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.gapcheck.catalogue.Catalogue;
import org.gapcheck.catalogue.CatalogueLoader;
import org.gapcheck.engine.Assessment;
import org.gapcheck.engine.Engine;
import org.gapcheck.engine.Evidence;
import org.gapcheck.engine.IndicatorResult;
import org.gapcheck.engine.RuleBase;
import org.gapcheck.engine.Verdict;
import org.gapcheck.engine.fact.Finding;
import org.gapcheck.extract.Extractor;
import org.gapcheck.ingest.DocumentReader;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * `--format html` over the real seeds: the page is parsed back and its numbers checked against the JSON result of the
 * same run; report text stays text; nothing is fetched from the network.
 */
class HtmlRendererTest {
    private static final String SEED_001 = "001_2dee9f555e64716b.txt";

    private static Catalogue catalogue;
    private static Extractor extractor;
    private static Engine engine;
    private static List<Assessment> seeds;

    @BeforeAll
    static void assessSeeds() throws Exception {
        catalogue = CatalogueLoader.load(Path.of("criteria/demo-2021.yaml"));
        extractor = new Extractor(catalogue);
        engine = new Engine(RuleBase.build(catalogue));
        try (Stream<Path> files = Files.list(Path.of("seeds"))) {
            seeds = new ArrayList<>();
            for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                seeds.add(assess(file));
            }
        }
        assertEquals(5, seeds.size());
    }

    private static Assessment assess(Path file) throws Exception {
        return engine.assess(extractor.extract(DocumentReader.read(file, null)));
    }

    static String render(String format, List<Assessment> assessments) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Renderers.forFormat(format).orElseThrow().render(assessments, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void summaryNumbersOfEveryReportEqualTheJsonOfTheSameRun() throws Exception {
        Document page = Jsoup.parse(render("html", seeds));
        JsonNode json = new ObjectMapper().readTree(render("json", seeds));
        assertEquals(seeds.size(), json.size());
        assertEquals(seeds.size(), page.select("section.report").size());
        assertEquals(seeds.size(), page.select("nav.toc a[href]").size(), "a contents entry per report");

        for (JsonNode report : json) {
            String name = report.get("report").asText();
            Element section = page.select("section.report").stream()
                    .filter(s -> s.attr("data-report").equals(name)).findFirst().orElseThrow(() -> new AssertionError(name));
            assertNotNull(page.selectFirst("nav.toc a[href=#" + section.id() + "]"), "contents links to " + name);

            Map<String, Integer> perVerdict = new LinkedHashMap<>();
            Map<String, Map<String, Integer>> perArea = new LinkedHashMap<>();
            for (JsonNode indicator : report.get("indicators")) {
                String verdict = indicator.get("verdict").asText();
                perVerdict.merge(verdict, 1, Integer::sum);
                perArea.computeIfAbsent(indicator.get("level1").asText(), k -> new LinkedHashMap<>())
                        .merge(verdict, 1, Integer::sum);
            }
            for (Verdict v : Verdict.values()) {
                int expected = perVerdict.getOrDefault(v.name(), 0);
                Element box = section.selectFirst(".verdict-boxes .box[data-verdict=" + v.name() + "]");
                assertEquals(expected, count(box.selectFirst("[data-count]")), name + " " + v);
                assertTrue(box.text().contains(v.label()), box::text);
                assertEquals(expected, section.select("article.indicator[data-verdict=" + v.name() + "]").size(),
                        name + " indicators shown as " + v);
                assertEquals(expected, count(section.selectFirst("table.areas tfoot td[data-verdict=" + v.name() + "]")));
            }

            List<String> areasShown = section.select("table.areas tbody tr").eachAttr("data-level1");
            assertEquals(new ArrayList<>(perArea.keySet()), areasShown, "every level-1 area, in catalogue order");
            for (Map.Entry<String, Map<String, Integer>> area : perArea.entrySet()) {
                Element row = section.select("table.areas tbody tr").stream()
                        .filter(r -> r.attr("data-level1").equals(area.getKey())).findFirst().orElseThrow();
                int total = 0;
                for (Verdict v : Verdict.values()) {
                    int expected = area.getValue().getOrDefault(v.name(), 0);
                    total += expected;
                    assertEquals(expected, count(row.selectFirst("td[data-verdict=" + v.name() + "]")),
                            name + " " + area.getKey() + " " + v);
                }
                assertEquals(total, count(row.selectFirst("td.total")));
            }

            Element score = section.selectFirst("[data-score]");
            if (report.get("score").isNull()) {
                assertEquals("", score.attr("data-score"));
            } else {
                assertEquals(0, report.get("score").decimalValue().compareTo(new BigDecimal(score.attr("data-score"))),
                        name + " score " + score.attr("data-score") + " vs " + report.get("score"));
                assertEquals(score.attr("data-score"), score.text());
            }
        }
    }

    private static int count(Element element) {
        assertNotNull(element);
        assertEquals(element.attr("data-count"), element.text(), "the number shown is the number in data-count");
        return Integer.parseInt(element.attr("data-count"));
    }

    @Test
    void indicator61Of001ShowsTheGapTheShortfallAndTheRateMarkedInItsSentence() throws Exception {
        Assessment a = seeds.stream().filter(s -> s.facts().document().name().equals(SEED_001)).findFirst().orElseThrow();
        Document page = Jsoup.parse(render("html", List.of(a)));
        Element court = page.selectFirst("article.indicator[data-no=61]");
        assertNotNull(court);
        assertEquals("GAP", court.attr("data-verdict"));
        assertEquals("未达标", court.selectFirst(".badge").text());
        assertEquals("差 18.75 个百分点", court.selectFirst(".shortfall").text());
        assertTrue(court.select("dd").eachText().containsAll(List.of("I061.c1", "≥ 100%", "81.25%")), court::text);
        assertTrue(court.select("mark").eachText().stream().anyMatch(m -> m.contains("81.25%")), court::html);
        Element quote = court.select("blockquote").stream().filter(q -> q.text().contains("81.25%")).findFirst()
                .orElseThrow();
        assertEquals("区政府各部门行政案件负责人出庭应诉率从2019年全年4.4%跃升至2020年的81.25%,形成了出庭为常态,不出庭为例外的良好态势。",
                quote.text(), "the whole sentence around the mark");
        assertTrue(court.selectFirst(".remedy").text().contains("出庭应诉"));

        Element first = page.selectFirst("article.indicator");
        assertEquals("GAP", first.attr("data-verdict"), "worst verdict first");
        assertEquals("缺少必备部分：党政主要负责人履行推进法治建设第一责任人职责情况",
                page.selectFirst(".findings li .message").text());
        assertTrue(page.title().contains("天津市红桥区人民政府"), page::title);
    }

    @Test
    void theFiltersComeHiddenForTheScriptToShowAndNameEveryVerdictAndArea() throws Exception {
        Document page = Jsoup.parse(render("html", seeds.subList(0, 1)));
        Element bar = page.selectFirst("section.report .filters");
        assertTrue(bar.hasAttr("hidden"), "without script no dead controls and every indicator shown");
        assertTrue(page.select("article.indicator[hidden]").isEmpty());
        assertEquals(Stream.of(Verdict.values()).map(Verdict::name).toList(),
                bar.select("input[name=verdict]").eachAttr("value"));
        assertEquals(page.select("table.areas tbody tr").size() + 1, bar.select("select[name=level1] option").size());
        assertEquals("显示 100 / 100 项", bar.selectFirst(".counter").text());
        assertTrue(page.selectFirst("script").data().contains("'.filters'"), "the script drives the filters");
    }

    @Test
    void reportTextIsShownAsTextNeverAsMarkup(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("<img src=x onerror=alert(2)>.txt");
        Files.writeString(file, """
                某某区人民政府关于2020年度法治政府建设情况的报告

                一、主要举措和成效
                全区行政机关负责人出庭应诉率达到90%<script>alert(1)</script>，行政复议申请12件全部依法办结。

                二、存在的不足和原因
                法治宣传<b>工作</b>有待加强。

                三、党政主要负责人履行推进法治建设第一责任人职责情况
                区委书记、区长认真履行第一责任人职责。

                四、下一年度主要安排
                继续推进法治政府建设。
                """);
        String html = render("html", List.of(assess(file)));
        Document page = Jsoup.parse(html);

        assertEquals(1, page.select("script").size(), "only the page's own script");
        assertFalse(page.selectFirst("script").data().contains("alert"));
        assertTrue(page.select("img").isEmpty(), "no element made from the file name");
        assertFalse(page.select("b").eachText().contains("工作"), "no element made from report text");
        assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
        Element court = page.selectFirst("article.indicator[data-no=61]");
        assertTrue(court.selectFirst("blockquote").text().contains("90%<script>alert(1)</script>，"), court::html);
        assertEquals("<img src=x onerror=alert(2)>.txt", page.selectFirst("section.report").attr("data-report"));
        assertTrue(page.text().contains("报告文件：<img src=x onerror=alert(2)>.txt"));
    }

    /** The title, headings, contents and data-report attribute carry the unit and file name; none of it is markup. */
    @Test
    void aHostileTitleFileNameAndSentencesStayText(@TempDir Path dir) throws Exception {
        Assessment hostile = HostileReport.assess(dir);
        Document page = Jsoup.parse(render("html", List.of(hostile, seeds.get(1))));

        assertEquals(1, page.select("script").size(), "only the page's own script");
        assertTrue(page.select("img, b:not(.shown)").isEmpty(), "no element made from the report");
        assertEquals(HostileReport.FILE_NAME, page.selectFirst("section.report").attr("data-report"));
        assertEquals(HostileReport.UNIT + " 2020年度（区县政府）", page.selectFirst("nav.toc a").text());
        assertEquals(HostileReport.UNIT + " 2020年度（区县政府）", page.selectFirst("section.report h2").text());
        assertEquals(HostileReport.FORMULA_AND_TAG + "。",
                page.selectFirst("article.indicator[data-no=43] blockquote").text());
        assertEquals(2, page.select("section.report").size());
    }

    @Test
    void thePageIsSelfContainedChineseUtf8() throws Exception {
        String html = render("html", seeds);
        Document page = Jsoup.parse(html);
        assertTrue(html.startsWith("<!doctype html>"), () -> html.substring(0, 40));
        assertEquals("zh-CN", page.selectFirst("html").attr("lang"));
        assertEquals("utf-8", page.selectFirst("meta[charset]").attr("charset"));
        assertTrue(page.select("link, iframe, object, embed, img, script[src]").isEmpty());
        for (Element e : page.select("[src], [href]")) {
            String target = e.hasAttr("src") ? e.attr("src") : e.attr("href");
            assertFalse(target.startsWith("http") || target.startsWith("//"), e::outerHtml);
            assertTrue(target.startsWith("#"), "only links within the page: " + e.outerHtml());
        }
        String css = page.selectFirst("style").data();
        assertFalse(css.contains("url("), "no fonts or images fetched by the stylesheet");
        assertFalse(css.contains("@import"));
        assertTrue(css.contains("@page { size: A4; margin: 15mm; }"));
        assertTrue(css.contains("\"Microsoft YaHei\"") && css.contains("\"PingFang SC\"")
                && css.contains("\"Noto Sans CJK SC\""));
    }

    /** No seed yields these yet (a rate from counts, ledger evidence, a finding with a place), so 001 is given them. */
    @Test
    void derivedValuesLedgerEvidenceAndPlacedFindingsAreShownForWhatTheyAre() throws Exception {
        Assessment a = seeds.stream().filter(s -> s.facts().document().name().equals(SEED_001)).findFirst().orElseThrow();
        List<IndicatorResult> results = a.indicators().stream().map(r -> r.indicator().no() != 61 ? r
                : new IndicatorResult(r.indicator(), r.verdict(), r.rule(), r.verdictRule(), r.threshold(), r.value(),
                        r.unit(), r.shortfall(), true, r.checks(),
                        List.of(r.evidence().get(0), Evidence.fromLedger("13/16", "区司法局行政应诉台账<2020>"))))
                .toList();
        Evidence rate = a.indicators().get(60).evidence().get(0);
        Finding twoValues = new Finding("two_values", "出庭应诉率有两个不同的本年值", rate.end() - 6, rate.end());
        Document page = Jsoup.parse(render("html", List.of(new Assessment(a.facts(), a.score(), results,
                List.of(twoValues), a.deadline()))));

        Element court = page.selectFirst("article.indicator[data-no=61]");
        assertEquals("推算", court.selectFirst(".derived").text());
        assertTrue(court.selectFirst(".derived").parent().text().startsWith("81.25%"));
        Element ledger = court.selectFirst(".ledger");
        assertEquals("台账", ledger.selectFirst(".badge").text());
        assertEquals("台账 13/16 （来源：区司法局行政应诉台账<2020>）", ledger.text());
        assertEquals(1, court.select("blockquote").size(), "the ledger value is not shown as a sentence of the report");

        Element finding = page.selectFirst(".findings li[data-kind=two_values]");
        assertEquals("出庭应诉率有两个不同的本年值", finding.selectFirst(".message").text());
        assertEquals("81.25%", finding.selectFirst("blockquote mark").text());
        assertEquals(rate.sentence(), finding.selectFirst("blockquote").text());
        assertEquals(1, page.select("section.findings li").size());
    }

    @Test
    void overlappingSpansAreMarkedOnceAndSpansBeyondTheSentenceAreCut() {
        Element quote = Jsoup.parse("").body().appendElement("blockquote");
        HtmlRenderer.appendMarked(quote, "出庭应诉率达到81.25%。", List.of(new int[] {6, 12}, new int[] {0, 8},
                new int[] {12, 40}, new int[] {-5, -1}));
        assertEquals("<mark>出庭应诉率达到81.25%。</mark>", quote.html());

        Element apart = Jsoup.parse("").body().appendElement("blockquote");
        HtmlRenderer.appendMarked(apart, "甲乙丙丁戊", List.of(new int[] {3, 4}, new int[] {0, 1}));
        assertEquals("<mark>甲</mark>乙丙<mark>丁</mark>戊", apart.html());
    }
}
