package org.gapcheck.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.TextNode;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.gapcheck.catalogue.Catalogue;
import org.gapcheck.catalogue.CatalogueLoader;
import org.gapcheck.extract.Extractor;
import org.gapcheck.extract.ReportFacts;
import org.gapcheck.ingest.DocumentReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RuleCacheTest {

    private static Catalogue catalogue;

    @TempDir
    Path dir;

    @BeforeAll
    static void load() throws Exception {
        catalogue = CatalogueLoader.load(Path.of("criteria/demo-2021.yaml"));
    }

    @Test
    void cachedRulesJudgeEverySeedExactlyAsFreshlyCompiledOnes() throws Exception {
        RuleCache cache = RuleCache.in(dir);
        RuleBase compiled = RuleBase.load(catalogue, cache);
        RuleBase cached = RuleBase.load(catalogue, cache);
        assertFalse(compiled.fromCache());
        assertTrue(cached.fromCache());
        Extractor extractor = new Extractor(catalogue);
        try (Stream<Path> seeds = Files.list(Path.of("seeds"))) {
            for (Path seed : seeds.sorted().toList()) {
                ReportFacts facts = extractor.extract(DocumentReader.read(seed, null));
                Assessment expected = new Engine(compiled).assess(facts);
                Assessment actual = new Engine(cached).assess(facts);
                assertEquals(expected.indicators(), actual.indicators(), seed::toString);
                assertEquals(expected.findings(), actual.findings(), seed::toString);
                assertEquals(expected.score(), actual.score(), seed::toString);
            }
        }
    }

    @Test
    void aDamagedCacheFileIsReplacedByAFreshCompile() throws Exception {
        RuleCache cache = RuleCache.in(dir);
        RuleBase.load(catalogue, cache);
        Path file = onlyFile();
        byte[] whole = Files.readAllBytes(file);
        Files.write(file, Arrays.copyOf(whole, whole.length / 2));
        assertFalse(RuleBase.load(catalogue, cache).fromCache());
        assertEquals(whole.length, Files.size(onlyFile()));
        assertTrue(RuleBase.load(catalogue, cache).fromCache());
    }

    @Test
    void aFileHoldingForeignClassesIsRefusedBeforeAnyOfThemIsBuilt() throws Exception {
        RuleCache cache = RuleCache.in(dir);
        RuleBase.load(catalogue, cache);
        Path file = onlyFile();
        String key = file.getFileName().toString().replaceAll("^rules-|\\.bin$", "");
        try (OutputStream raw = Files.newOutputStream(file); ObjectOutputStream out = new ObjectOutputStream(raw)) {
            out.writeUTF("gapcheck-rules-1");
            out.writeUTF(key);
            out.writeObject(new ArrayList<>(List.of(TextNode.valueOf("not a rule"))));
        }
        assertFalse(RuleBase.load(catalogue, cache).fromCache());
        assertTrue(RuleBase.load(catalogue, cache).fromCache());
    }

    @Test
    void anotherCataloguesCacheFileIsNotTakenForThisOne() throws Exception {
        RuleCache cache = RuleCache.in(dir);
        RuleBase.load(catalogue, cache);
        Path bundled = onlyFile();
        RuleBase.load(CatalogueLoader.load(Path.of("src/test/resources/catalogue/good/minimal.yaml")), cache);
        Path minimal = files().stream().filter(f -> !f.equals(bundled)).findFirst().orElseThrow();
        // The minimal catalogue's packages under the bundled catalogue's name: the key inside gives them away.
        Files.copy(minimal, bundled, StandardCopyOption.REPLACE_EXISTING);
        RuleBase reloaded = RuleBase.load(catalogue, cache);
        assertFalse(reloaded.fromCache());
        assertEquals(RuleBase.build(catalogue).generatedDrl(), reloaded.generatedDrl());
    }

    @Test
    void rulesReadAheadForACatalogueSourceAreTakenWhenTheyAreItsRules() throws Exception {
        RuleCache cache = RuleCache.in(dir);
        byte[] source = Files.readAllBytes(Path.of("criteria/demo-2021.yaml"));
        RuleBase first = RuleBase.load(catalogue, cache, RuleBase.Preload.start(cache, source));
        assertFalse(first.fromCache());
        assertTrue(cache.lastKeyFor(source).isPresent(), "the key is remembered for this source");
        RuleBase ahead = RuleBase.load(catalogue, cache, RuleBase.Preload.start(cache, source));
        assertTrue(ahead.fromCache());
        ReportFacts facts = new Extractor(catalogue).extract(DocumentReader.read(Path.of("seeds/000_4257578ea403ef7a.txt"), null));
        assertEquals(new Engine(first).assess(facts).indicators(), new Engine(ahead).assess(facts).indicators());
    }

    @Test
    void rulesReadAheadForAnotherCatalogueAreNotTaken() throws Exception {
        RuleCache cache = RuleCache.in(dir);
        byte[] source = Files.readAllBytes(Path.of("criteria/demo-2021.yaml"));
        RuleBase.load(catalogue, cache, RuleBase.Preload.start(cache, source));
        // The file was edited after the read ahead began: the source's last rules are not the parsed catalogue's.
        Catalogue minimal = CatalogueLoader.load(Path.of("src/test/resources/catalogue/good/minimal.yaml"));
        RuleBase edited = RuleBase.load(minimal, cache, RuleBase.Preload.start(cache, source));
        assertEquals(RuleBase.build(minimal).generatedDrl(), edited.generatedDrl());
        assertEquals(minimal.indicators().size(), new Engine(edited).assess(new Extractor(minimal)
                .extract(DocumentReader.read(Path.of("seeds/000_4257578ea403ef7a.txt"), null))).indicators().size());
    }

    @Test
    void writingRulesKeepsOnlyTheRuleSetsUsedLast() throws Exception {
        RuleCache cache = RuleCache.in(dir);
        RuleBase.load(catalogue, cache);
        Path bundled = onlyFile();
        // Stand-ins for rule sets of earlier catalogues, the first used longest ago, all after the bundled one's write.
        List<Path> earlier = new ArrayList<>();
        for (int i = 0; i < RuleCache.KEPT; i++) {
            Path file = dir.resolve("rules-%064x.bin".formatted(i));
            Files.copy(bundled, file);
            Files.setLastModifiedTime(file, FileTime.from(Instant.now().minus(Duration.ofHours(RuleCache.KEPT - i))));
            earlier.add(file);
        }
        Path hintOfFirst = dir.resolve("catalogue-%064x.key".formatted(0));
        Files.writeString(hintOfFirst, "%064x".formatted(0));
        Files.setLastModifiedTime(bundled, FileTime.from(Instant.now().minus(Duration.ofDays(2))));

        assertTrue(RuleBase.load(catalogue, cache).fromCache(), "reading marks the bundled rules used");
        RuleBase.load(CatalogueLoader.load(Path.of("src/test/resources/catalogue/good/minimal.yaml")), cache);

        assertEquals(RuleCache.KEPT, files().size(), files()::toString);
        assertTrue(Files.exists(bundled));
        assertFalse(Files.exists(earlier.get(0)));
        assertFalse(Files.exists(earlier.get(1)));
        assertTrue(earlier.subList(2, earlier.size()).stream().allMatch(Files::exists));
        assertFalse(Files.exists(hintOfFirst), "a hint naming pruned rules goes with them");
    }

    @Test
    void differentRulesHaveDifferentKeys() {
        String bundled = RuleCache.key(List.of(RuleBase.build(catalogue).generatedDrl()));
        assertNotEquals(bundled, RuleCache.key(List.of(RuleBase.build(catalogue).generatedDrl() + "\n")));
        assertEquals(bundled, RuleCache.key(List.of(RuleBase.build(catalogue).generatedDrl())));
    }

    @Test
    void theCacheFolderFollowsTheOverrideThenThePlatform() {
        Path home = Path.of("/home/u");
        assertEquals(Path.of("/tmp/c"), RuleCache.userCacheFolder(Map.of("GAPCHECK_CACHE_DIR", "/tmp/c"), "Linux", home));
        assertEquals(Path.of("/x/gapcheck/rules"), RuleCache.userCacheFolder(Map.of("XDG_CACHE_HOME", "/x"), "Linux", home));
        assertEquals(home.resolve(".cache/gapcheck/rules"), RuleCache.userCacheFolder(Map.of(), "Linux", home));
        assertEquals(home.resolve("Library/Caches/gapcheck/rules"), RuleCache.userCacheFolder(Map.of(), "Mac OS X", home));
        assertEquals(Path.of("C:/L/gapcheck/rules"),
                RuleCache.userCacheFolder(Map.of("LOCALAPPDATA", "C:/L"), "Windows 11", home));
    }

    private Path onlyFile() throws Exception {
        List<Path> files = files();
        assertEquals(1, files.size(), files::toString);
        return files.get(0);
    }

    private List<Path> files() throws Exception {
        try (Stream<Path> listing = Files.list(dir)) {
            return listing.filter(p -> p.toString().endsWith(".bin")).sorted().toList();
        }
    }
}
