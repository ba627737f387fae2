package org.gapcheck.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gapcheck.catalogue.CatalogueLoader;
import org.gapcheck.ingest.Document;
import org.gapcheck.ingest.DocumentReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The Word versions of seeds 000 and 004 (src/test/resources/ingest/docx, made by the ingest test DocxSeedFixtures)
 * against their .txt seeds, with the real catalogue: the same metric facts, every gold metric found, and the figures
 * that the Word versions hold in a table found with their metric.
 */
class DocxSeedFactsTest {

    private static final Path DOCX = Path.of("src/test/resources/ingest/docx");

    /** Where the fixture words a gold span differently: the table row drops 保持. */
    private static final Map<String, String> REWORDED = Map.of("行政机关负责人出庭应诉率保持100%", "行政机关负责人出庭应诉率\t100%");

    private static Extractor extractor;

    @BeforeAll
    static void loadCatalogue() throws Exception {
        extractor = new Extractor(CatalogueLoader.load(Path.of("criteria/demo-2021.yaml")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"000_4257578ea403ef7a", "004_73f35b073ab9b22c"})
    void wordSeedGivesTheMetricFactsOfTheTextSeed(String seed) throws Exception {
        List<String> fromText = keys(extractor.extract(DocumentReader.read(Path.of("seeds", seed + ".txt"), null)).metrics());
        List<String> fromWord = keys(extractor.extract(DocumentReader.read(DOCX.resolve(seed + ".docx"), null)).metrics());
        List<String> onlyText = minus(fromText, fromWord);
        List<String> onlyWord = minus(fromWord, fromText);
        onlyText.forEach(k -> System.out.println("ONLY IN TXT  " + seed + ": " + k));
        onlyWord.forEach(k -> System.out.println("ONLY IN DOCX " + seed + ": " + k));
        System.out.printf("%s: %d facts from .txt, %d from .docx%n", seed, fromText.size(), fromWord.size());
        assertTrue(onlyText.isEmpty() && onlyWord.isEmpty(), "only in txt " + onlyText + "\nonly in docx " + onlyWord);
    }

    @ParameterizedTest
    @ValueSource(strings = {"000_4257578ea403ef7a", "004_73f35b073ab9b22c"})
    void wordSeedCoversEveryGoldMetric(String seed) throws Exception {
        Gold gold = Gold.all().stream().filter(g -> g.report().startsWith(seed)).findFirst().orElseThrow();
        Document doc = DocumentReader.read(DOCX.resolve(seed + ".docx"), null);
        List<MetricFact> facts = extractor.extract(doc).metrics();
        List<String> missing = new ArrayList<>();
        for (Gold.GoldMetric g : gold.metrics()) {
            int[] span = locate(doc.text(), REWORDED.getOrDefault(g.text(), g.text()));
            assertTrue(span != null, "gold span not in the Word text: " + g.text());
            boolean found = facts.stream().anyMatch(f -> f.value().compareTo(g.value()) == 0
                    && f.start() < span[1] && span[0] < f.end() && f.section().id().equals(g.section()));
            if (!found) {
                missing.add(g.value() + " " + g.unit() + " in " + g.text());
            }
        }
        missing.forEach(m -> System.out.println("MISSING " + seed + ": " + m));
        System.out.printf("%s: %d/%d gold metrics found in the Word version%n", seed,
                gold.metrics().size() - missing.size(), gold.metrics().size());
        assertTrue(missing.isEmpty(), "missing " + missing);
    }

    /**
     * Each row of the fixture's tables as metric ("-" where the catalogue has none), name (a catalogued metric's own)
     * and value.
     */
    @ParameterizedTest
    @ValueSource(strings = {"000_4257578ea403ef7a", "004_73f35b073ab9b22c"})
    void tableFiguresAreFoundWithTheirMetric(String seed) throws Exception {
        Document doc = DocumentReader.read(DOCX.resolve(seed + ".docx"), null);
        List<String> found = extractor.extract(doc).metrics().stream()
                .filter(f -> f.text().contains("\t"))
                .map(f -> (f.metric() == null ? "-" : f.metric()) + " " + f.name() + " "
                        + f.value().stripTrailingZeros().toPlainString() + f.unit())
                .toList();
        List<String> expected = seed.startsWith("000")
                ? List.of("litigation_cases 行政诉讼（应诉）案件数 32件", "- 已结案 27件",
                        "court_appearance_rate 行政机关负责人出庭应诉率 100%")
                : List.of("- 受理信访件 238件", "- 办结 221件", "- 接待来访群众 72批次", "- 受理率 100%", "- 满意率 100%");
        assertEquals(expected, found);
    }

    private static List<String> keys(List<MetricFact> facts) {
        return facts.stream().map(f -> f.metric() + " | " + f.value().stripTrailingZeros().toPlainString() + " " + f.unit()
                + " | " + f.qualifier() + " | " + f.period() + " | " + f.scope() + " | " + f.section().id())
                .sorted().toList();
    }

    private static List<String> minus(List<String> a, List<String> b) {
        List<String> rest = new ArrayList<>(a);
        b.forEach(rest::remove);
        return rest;
    }

    /** The gold span in the Word text, where a table may have put a tab between the name and its number. */
    private static int[] locate(String text, String goldText) {
        StringBuilder regex = new StringBuilder();
        for (int i = 0; i < goldText.length(); i++) {
            if (i > 0) {
                regex.append("\t?");
            }
            regex.append(Pattern.quote(String.valueOf(goldText.charAt(i))));
        }
        Matcher m = Pattern.compile(regex.toString()).matcher(text);
        return m.find() ? new int[] {m.start(), m.end()} : null;
    }
}
