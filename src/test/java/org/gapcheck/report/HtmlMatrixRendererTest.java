package org.gapcheck.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.gapcheck.catalogue.Catalogue;
import org.gapcheck.catalogue.CatalogueLoader;
import org.gapcheck.engine.Engine;
import org.gapcheck.engine.RuleBase;
import org.gapcheck.engine.Verdict;
import org.gapcheck.extract.Extractor;
import org.gapcheck.ingest.DocumentReader;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The batch matrix as HTML over three seeds: ranking and cells read back equal to the matrix they came from. */
class HtmlMatrixRendererTest {
    private static Matrix matrix;

    @BeforeAll
    static void assessThreeSeeds() throws Exception {
        Catalogue catalogue = CatalogueLoader.load(Path.of("criteria/demo-2021.yaml"));
        Extractor extractor = new Extractor(catalogue);
        Engine engine = new Engine(RuleBase.build(catalogue));
        List<Matrix.Row> rows = List.of("000_4257578ea403ef7a.txt", "001_2dee9f555e64716b.txt", "003_fa44101b5a90444e.txt")
                .stream().map(name -> {
                    try {
                        return Matrix.Row.of(name,
                                engine.assess(extractor.extract(DocumentReader.read(Path.of("seeds", name), null))));
                    } catch (Exception e) {
                        throw new AssertionError(e);
                    }
                }).toList();
        matrix = new Matrix(catalogue.indicators(), rows);
    }

    private static Document render() throws Exception {
        HtmlMatrixRenderer renderer = (HtmlMatrixRenderer) MatrixRenderers.all().stream()
                .filter(r -> r instanceof HtmlMatrixRenderer).findFirst().orElseThrow();
        assertEquals("html", renderer.extension());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        renderer.render(matrix, out);
        return Jsoup.parse(out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void theRankingListsEverySubmissionWithItsPlaceScoreAndCounts() throws Exception {
        Document page = render();
        List<Matrix.Ranked> ranking = matrix.ranking();
        Elements rows = page.select("table.ranking tbody tr");
        assertEquals(3, rows.size());
        for (int i = 0; i < ranking.size(); i++) {
            Matrix.Row row = ranking.get(i).row();
            Element tr = rows.get(i);
            assertEquals(row.submission(), tr.attr("data-submission"));
            assertEquals(Integer.toString(ranking.get(i).rank()), tr.selectFirst("[data-rank]").text());
            assertEquals(0, row.score().compareTo(new BigDecimal(tr.selectFirst("[data-score]").text())));
            assertEquals(row.unit(), tr.child(2).text());
            for (Verdict v : Verdict.values()) {
                assertEquals(Long.toString(row.count(v)), tr.selectFirst("td[data-verdict=" + v.name() + "]").text());
            }
        }
    }

    @Test
    void theMatrixHasACellPerSubmissionAndIndicatorWithItsVerdictAndTitle() throws Exception {
        Document page = render();
        Elements numbers = page.select("table.matrix thead tr.numbers-row th");
        assertEquals(100, numbers.size());
        assertEquals("61", numbers.get(60).text());
        assertEquals("61 行政机关负责人出庭应诉（接受监督）", numbers.get(60).attr("title"));
        assertEquals(100, page.select("table.matrix thead tr.areas-row th[colspan]").stream()
                .mapToInt(th -> Integer.parseInt(th.attr("colspan"))).sum(), "the level-1 groups span every column");

        Elements rows = page.select("table.matrix tbody tr");
        List<Matrix.Ranked> ranking = matrix.ranking();
        assertEquals(ranking.size(), rows.size());
        for (int i = 0; i < rows.size(); i++) {
            Matrix.Row row = ranking.get(i).row();
            Elements cells = rows.get(i).select("td.v");
            assertEquals(row.submission(), rows.get(i).attr("data-submission"), "rows in ranking order");
            assertEquals(row.verdicts().stream().map(Verdict::name).toList(), cells.eachAttr("data-verdict"));
            assertEquals(row.verdicts().stream().map(HtmlMatrixRenderer.MARK::get).toList(), cells.eachText());
        }
        Element court = page.selectFirst("table.matrix tr[data-submission=001_2dee9f555e64716b.txt]").select("td.v").get(60);
        assertEquals("未", court.text());
        assertEquals("61 行政机关负责人出庭应诉：未达标", court.attr("title"));

        Elements gapsPerIndicator = page.select("table.matrix tfoot td");
        assertEquals(100, gapsPerIndicator.size());
        for (int i = 0; i < 100; i++) {
            int column = i;
            long gaps = matrix.rows().stream().filter(r -> r.verdicts().get(column) == Verdict.GAP).count();
            assertEquals(Long.toString(gaps), gapsPerIndicator.get(i).attr("data-count"));
        }
    }

    /** Names and units reach text, attributes (data-submission, title) and the page shell split around the rows. */
    @Test
    void namesAndUnitsStayTextEverywhere() throws Exception {
        String name = "\"><script>alert(1)</script><!--rows-->=HYPERLINK(\"x\")";
        String unit = "<img src=x onerror=alert(1)>区人民政府";
        List<Verdict> verdicts = matrix.rows().get(0).verdicts();
        Matrix hostile = new Matrix(matrix.indicators(), List.of(
                new Matrix.Row(name, unit, 2020, BigDecimal.ONE, verdicts),
                new Matrix.Row("<!--rows-->", null, null, null, verdicts)));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new HtmlMatrixRenderer().render(hostile, out);
        Document page = Jsoup.parse(out.toString(StandardCharsets.UTF_8));

        assertTrue(page.select("script, img").isEmpty(), "no element made from a name or unit");
        assertEquals(List.of(name, "<!--rows-->"), page.select("table.ranking tbody tr").eachAttr("data-submission"));
        assertEquals(List.of(name, "<!--rows-->"), page.select("table.matrix tbody tr").eachAttr("data-submission"));
        Element first = page.selectFirst("table.ranking tbody tr");
        assertEquals(name, first.child(1).text());
        assertEquals(unit, first.child(2).text());
        assertEquals(name + " · " + unit, page.selectFirst("table.matrix tbody th.sub").attr("title"));
        assertEquals(100, page.selectFirst("table.matrix tbody tr").select("td.v").size());
    }

    @Test
    void thePageIsSelfContainedWithTheSharedStylesheet() throws Exception {
        Document page = render();
        assertEquals("zh-CN", page.selectFirst("html").attr("lang"));
        assertTrue(page.select("link, script, img, [src], [href]").isEmpty());
        String css = page.selectFirst("style").data();
        assertTrue(css.contains("position: sticky") && css.contains("@page { size: A4; margin: 15mm; }"));
        assertFalse(css.contains("url("));
        assertEquals(Verdict.values().length, page.select(".matrix-legend .cell").size());
    }
}
