package org.gapcheck.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.gapcheck.catalogue.Catalogue;
import org.gapcheck.catalogue.CatalogueLoader;
import org.gapcheck.ingest.Document;
import org.gapcheck.ingest.DocumentReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The facts of a report read from a web page against the facts of the same report read from text: seed 001 as the GBK
 * government page src/test/resources/ingest/html/hongqiao-2020.html (made by ingest.HongqiaoPage), with the real
 * catalogue.
 */
class HtmlReportFactsTest {

    private static final Path PAGE = Path.of("src/test/resources/ingest/html/hongqiao-2020.html");
    private static final String SEED = "001_2dee9f555e64716b.txt";

    @TempDir
    Path dir;

    @Test
    void pageGivesTheSameMetricFactsAsTheTextSeed() throws Exception {
        Extractor extractor = new Extractor(CatalogueLoader.load(Path.of("criteria/demo-2021.yaml")));
        Map<String, Integer> fromPage = tally(extractor.extract(DocumentReader.read(PAGE, null)).metrics());
        Map<String, Integer> fromText = tally(extractor.extract(DocumentReader.read(Path.of("seeds", SEED), null))
                .metrics());
        List<String> differences = new ArrayList<>();
        for (String key : union(fromPage, fromText)) {
            int page = fromPage.getOrDefault(key, 0);
            int text = fromText.getOrDefault(key, 0);
            if (page != text) {
                differences.add(key + ": page " + page + ", text " + text);
            }
        }
        assertTrue(differences.isEmpty(), "facts differ (metric value unit: count)\n" + String.join("\n", differences));
        assertTrue(fromText.size() > 50, "seed 001 states many facts: " + fromText.size());
    }

    @Test
    void pageFactsCoverTheGoldMetricsOfSeed001() throws Exception {
        Catalogue catalogue = CatalogueLoader.load(Path.of("criteria/demo-2021.yaml"));
        Document document = DocumentReader.read(PAGE, null);
        List<MetricFact> facts = new Extractor(catalogue).extract(document).metrics();
        Gold gold = Gold.all().stream().filter(g -> g.report().equals(SEED)).findFirst().orElseThrow();
        List<String> missing = new ArrayList<>();
        for (Gold.GoldMetric g : gold.metrics()) {
            int at = document.text().indexOf(g.text());
            boolean found = at >= 0 && facts.stream().anyMatch(f -> f.value().compareTo(g.value()) == 0
                    && f.start() < at + g.text().length() && at < f.end());
            if (!found) {
                missing.add(g.value() + " " + g.unit() + " in " + g.text() + (at < 0 ? " (span not in page text)" : ""));
            }
        }
        System.out.printf("hongqiao-2020.html: %d of %d gold metrics of seed 001 found%n",
                gold.metrics().size() - missing.size(), gold.metrics().size());
        assertTrue(missing.isEmpty(), "gold metrics not found in the page:\n" + String.join("\n", missing));
    }

    @Test
    void numbersInTableCellsAreFactsOfTheirRow() throws Exception {
        String page = """
                <html><head><meta charset="utf-8"></head><body><div class="TRS_Editor">
                <p>某某区司法局关于2022年度法治政府建设情况的报告</p>
                <p>一、主要举措和成效</p>
                <p>全年主要数据如下表：</p>
                <table border="1">
                <tr><td><p>指标</p></td><td><p>数值</p></td></tr>
                <tr><td><p>行政复议申请</p></td><td><p>14件</p></td></tr>
                <tr><td><p>合法性审核</p></td><td><p>56件</p></td></tr>
                <tr><td><p>行政机关负责人出庭应诉率</p></td><td><p>81.25%</p></td></tr>
                </table>
                <p>二、存在的不足和原因</p><p>执法监督力度不够。</p>
                </div></body></html>
                """;
        Path file = dir.resolve("table.html");
        Files.writeString(file, page, StandardCharsets.UTF_8);
        Document document = DocumentReader.read(file, null);
        List<MetricFact> facts = new Extractor(TestCatalogue.create()).extract(document).metrics();
        assertEquals(new BigDecimal("14"), valueOf(facts, "reconsideration_cases"), facts::toString);
        assertEquals(new BigDecimal("56"), valueOf(facts, "legality_reviews"), facts::toString);
        assertEquals(new BigDecimal("81.25"), valueOf(facts, "court_appearance_rate"), facts::toString);
    }

    private static BigDecimal valueOf(List<MetricFact> facts, String metric) {
        return facts.stream().filter(f -> metric.equals(f.metric())).map(MetricFact::value).findFirst().orElse(null);
    }

    private static Map<String, Integer> tally(List<MetricFact> facts) {
        Map<String, Integer> tally = new TreeMap<>();
        facts.forEach(f -> tally.merge(f.metric() + " " + f.value().toPlainString() + " " + f.unit(), 1, Integer::sum));
        return tally;
    }

    private static List<String> union(Map<String, Integer> a, Map<String, Integer> b) {
        TreeMap<String, Integer> all = new TreeMap<>(a);
        all.putAll(b);
        return List.copyOf(all.keySet());
    }
}
