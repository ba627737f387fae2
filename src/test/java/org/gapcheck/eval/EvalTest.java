package org.gapcheck.eval;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.gapcheck.catalogue.CatalogueLoader;
import org.gapcheck.extract.Extractor;
import org.gapcheck.ingest.DocumentReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * Extraction on the five seeds with the real catalogue, scored against the gold. The floors sit just below what the
 * extractor reached when they were set, so a regression fails here with the table and every miss printed.
 */
class EvalTest {

    private static final Path GOLD = Path.of("src/test/resources/gold");
    private static Evaluation evaluation;
    private static String printed;

    @BeforeAll
    static void evaluateSeeds() throws Exception {
        Extractor extractor = new Extractor(CatalogueLoader.load(Path.of("criteria/demo-2021.yaml")));
        Evaluator evaluator = new Evaluator();
        List<ReportEvaluation> reports = new ArrayList<>();
        try (Stream<Path> seeds = Files.list(Path.of("seeds"))) {
            for (Path seed : seeds.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                GoldReport gold = GoldReport.load(GoldReport.pathFor(GOLD, seed));
                reports.add(evaluator.evaluate(extractor.extract(DocumentReader.read(seed, null)), gold));
            }
        }
        evaluation = new Evaluation(reports);
        StringWriter out = new StringWriter();
        EvaluationPrinter.print(evaluation, new PrintWriter(out));
        printed = out.toString();
        System.out.println(printed);
    }

    @Test
    void everySeedHasItsGold() {
        assertEquals(5, evaluation.reports().size());
    }

    @Test
    void sectionsAreExact() {
        Score s = evaluation.total(Category.SECTIONS);
        assertAll(floor("部分 精确率", s.precision(), 1.0), floor("部分 召回率", s.recall(), 1.0));
    }

    @Test
    void nearlyEveryAdmittedProblemIsFound() {
        assertAll(floor("不足 召回率", evaluation.total(Category.SHORTFALLS).recall(), 0.9));
    }

    @Test
    void metricsStayAboveTheirFloors() {
        Score s = evaluation.total(Category.METRICS);
        assertAll(floor("数据 精确率", s.precision(), 0.95), floor("数据 召回率", s.recall(), 0.95));
    }

    @Test
    void mentionsStayAboveTheirFloors() {
        Score s = evaluation.total(Category.MENTIONS);
        assertAll(floor("提及 精确率", s.precision(), 0.55), floor("提及 召回率", s.recall(), 0.57));
    }

    @Test
    void scoresFollowFromTheirCounts() {
        Score s = new Score(3, 4, 2, 4);
        assertEquals(0.5, s.precision());
        assertEquals(0.75, s.recall());
        assertEquals(0.6, s.f1(), 1e-9);
        assertEquals(1.0, Score.ZERO.f1());
    }

    @Test
    void aMetricNeedsTheSameValueNumericallyAndAnOverlappingSpan() {
        Span gold = new Span(10, 20, "满意率达100%", "", new BigDecimal("100"));
        Comparison c = Comparison.of(Category.METRICS, List.of(gold),
                List.of(new Span(15, 25, "100.0%", "", new BigDecimal("100.0")),
                        new Span(12, 14, "98%", "", new BigDecimal("98")),
                        new Span(30, 40, "100%", "", new BigDecimal("100"))),
                (e, g) -> e.overlaps(g) && e.sameValue(g));
        assertEquals(new Score(1, 1, 1, 3), c.score());
        assertEquals(2, c.falsePositives().size());
    }

    private static Executable floor(String what, double value, double floor) {
        return () -> assertTrue(value >= floor,
                () -> String.format("%s %.3f 低于下限 %.2f%n%s", what, value, floor, printed));
    }
}
