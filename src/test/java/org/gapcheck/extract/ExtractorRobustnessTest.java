package org.gapcheck.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.gapcheck.catalogue.CatalogueLoader;
import org.gapcheck.ingest.Document;
import org.gapcheck.ingest.DocumentReader;
import org.junit.jupiter.api.Test;

/** The extractor meets scraped, truncated and garbled text; it must never throw and its spans must stay exact. */
class ExtractorRobustnessTest {

    private static final Extractor EXTRACTOR = new Extractor(TestCatalogue.create());
    private static final String ALPHABET = "0123456789０１２.,，。；：、%％余约近以上超过不少于多万亿元件次条个项起"
            + "一二两三十百千零点分之率“”《》\n 第另无零败诉案件出庭应诉率答复率满意率建议政务公开将未拟abc"
            + "大类届会议街道社区分别均为同比下降上升个百分点从由到至全国平均年20212022的纠错率复议";

    @Test
    void randomStringsNeverBreakIt() {
        Random random = new Random(42L);
        for (int run = 0; run < 3000; run++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(60);
            for (int i = 0; i < length; i++) {
                text.append(random.nextInt(10) == 0 ? (char) random.nextInt(0x10000) : ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
            assertExact(SeedDocuments.plain(text.toString()));
        }
    }

    @Test
    void randomStringsThroughTheRealReaderAndCatalogueNeverBreakIt() throws Exception {
        Extractor real = new Extractor(CatalogueLoader.load(Path.of("criteria/demo-2021.yaml")));
        Random random = new Random(44L);
        for (int run = 0; run < 2000; run++) {
            StringBuilder text = new StringBuilder("某区2021年法治政府建设情况报告\n");
            int length = random.nextInt(80);
            for (int i = 0; i < length; i++) {
                text.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
            assertExact(real, DocumentReader.fromText("random.txt", text.toString()));
        }
    }

    @Test
    void randomSlicesOfSeedsNeverBreakIt() throws IOException {
        Random random = new Random(43L);
        List<Gold> golds = Gold.all();
        List<String> seeds = new ArrayList<>();
        for (Gold gold : golds) {
            seeds.add(Files.readString(gold.seed(), StandardCharsets.UTF_8));
        }
        for (int run = 0; run < 300; run++) {
            int which = random.nextInt(seeds.size());
            String seed = seeds.get(which);
            int start = random.nextInt(seed.length());
            int end = start + random.nextInt(seed.length() - start + 1);
            List<String[]> sections = golds.get(which).sections().stream()
                    .map(s -> new String[] {s.heading(), s.kind()}).toList();
            assertExact(SeedDocuments.of("slice", seed.substring(start, end), sections));
        }
    }

    private static void assertExact(Document document) {
        assertExact(EXTRACTOR, document);
    }

    private static void assertExact(Extractor extractor, Document document) {
        ReportFacts facts = extractor.extract(document);
        for (MetricFact f : facts.metrics()) {
            assertEquals(document.text().substring(f.start(), f.end()), f.text());
        }
        for (Mention m : facts.mentions()) {
            assertEquals(document.text().substring(m.start(), m.end()), m.text());
        }
    }
}
