package org.gapcheck.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.TextNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InvalidClassException;
import java.io.ObjectOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.nio.file.attribute.UserPrincipalLookupService;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.gapcheck.catalogue.Catalogue;
import org.gapcheck.catalogue.CatalogueLoader;
import org.gapcheck.extract.Extractor;
import org.gapcheck.extract.ReportFacts;
import org.gapcheck.ingest.DocumentReader;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kie.api.definition.KiePackage;

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
        // Signed as gapcheck would sign it, so that the class allow-list, not the MAC, is what refuses it.
        Files.write(file, CacheFile.of(file).signed(cache, serialized(new ArrayList<>(List.of(TextNode.valueOf("x"))))));
        assertThrows(InvalidClassException.class, () -> packagesIn(Files.readAllBytes(file)));
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
    void theDeserializationLimitsStopABombAndAHugeArrayThatCarryTheRightMac() throws Exception {
        RuleCache cache = RuleCache.in(dir);
        RuleBase.load(catalogue, cache);
        Path file = onlyFile();
        assertFalse(packagesIn(Files.readAllBytes(file)).isEmpty(), "the real file passes the limits");

        Set<Object> bomb = new HashSet<>();
        Set<Object> s1 = bomb;
        Set<Object> s2 = new HashSet<>();
        for (int i = 0; i < 100; i++) {
            Set<Object> t1 = new HashSet<>(Set.of("x"));
            Set<Object> t2 = new HashSet<>();
            s1.addAll(List.of(t1, t2));
            s2.addAll(List.of(t1, t2));
            s1 = t1;
            s2 = t2;
        }
        byte[] bombFile = CacheFile.of(file).signed(cache, serialized(bomb));
        InvalidClassException deep = assertTimeoutPreemptively(Duration.ofSeconds(30),
                () -> assertThrows(InvalidClassException.class, () -> packagesIn(bombFile)));
        assertTrue(deep.getMessage().contains("REJECTED"), deep::getMessage);

        byte[] array = serialized(new byte[] {1, 2, 3, 4});
        byte[] claimsTwoGigabytes = Arrays.copyOf(array, array.length - 4);
        ByteBuffer.wrap(claimsTwoGigabytes).putInt(claimsTwoGigabytes.length - 4, Integer.MAX_VALUE - 16);
        InvalidClassException huge = assertThrows(InvalidClassException.class,
                () -> packagesIn(CacheFile.of(file).signed(cache, claimsTwoGigabytes)));
        assertTrue(huge.getMessage().contains("REJECTED"), huge::getMessage);
    }

    @Test
    void theMacIsHmacSha256OverEverythingAfterIt() throws Exception {
        // RFC 4231, test case 2.
        byte[] data = "what do ya want for nothing?".getBytes(StandardCharsets.US_ASCII);
        assertEquals("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843", HexFormat.of().formatHex(
                RuleCache.hmac("Jefe".getBytes(StandardCharsets.US_ASCII), data, 0, data.length)));
        RuleCache cache = RuleCache.in(dir);
        RuleBase.load(catalogue, cache);
        byte[] file = Files.readAllBytes(onlyFile());
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(Files.readAllBytes(dir.resolve(RuleCache.MAC_KEY_FILE)), "HmacSHA256"));
        mac.update(file, RuleCache.MAC_BYTES, file.length - RuleCache.MAC_BYTES);
        assertArrayEquals(mac.doFinal(), Arrays.copyOf(file, RuleCache.MAC_BYTES));
    }

    @Test
    void theMacKeyIsTheUsersAloneAndOneOthersCanReadIsReplaced() throws Exception {
        RuleCache cache = RuleCache.in(dir);
        RuleBase.load(catalogue, cache);
        Path key = dir.resolve(RuleCache.MAC_KEY_FILE);
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(key)));
        assertEquals(RuleCache.MAC_BYTES, Files.size(key));
        byte[] first = Files.readAllBytes(key);
        assertTrue(RuleBase.load(catalogue, RuleCache.in(dir)).fromCache(), "another run reads the same key");

        Files.setPosixFilePermissions(key, PosixFilePermissions.fromString("rw-r--r--"));
        assertFalse(RuleBase.load(catalogue, RuleCache.in(dir)).fromCache(), "files signed with a key others read");
        assertFalse(Arrays.equals(first, Files.readAllBytes(key)));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(key)));
        assertTrue(RuleBase.load(catalogue, RuleCache.in(dir)).fromCache());
    }

    @Test
    void concurrentFirstRunsAgreeOnTheMacKey() throws Exception {
        ExecutorService runs = Executors.newFixedThreadPool(4);
        try {
            for (int round = 0; round < 20; round++) {
                Path folder = dir.resolve("round-" + round);
                CountDownLatch start = new CountDownLatch(1);
                List<Future<byte[]>> keys = new ArrayList<>();
                for (int i = 0; i < 4; i++) {
                    keys.add(runs.submit(() -> {
                        start.await();
                        return RuleCache.in(folder).macKey();
                    }));
                }
                start.countDown();
                List<byte[]> agreed = new ArrayList<>();
                for (Future<byte[]> key : keys) {
                    agreed.add(key.get());
                }
                for (byte[] key : agreed) {
                    assertArrayEquals(Files.readAllBytes(folder.resolve(RuleCache.MAC_KEY_FILE)), key);
                }
            }
        } finally {
            runs.shutdownNow();
        }
    }

    @Test
    void everyGoodCataloguesRulesComeBackFromTheCache() throws Exception {
        // The class allow-list and the limits must let through what any valid catalogue compiles to.
        RuleCache cache = RuleCache.in(dir);
        try (Stream<Path> good = Files.list(Path.of("src/test/resources/catalogue/good"))) {
            for (Path yaml : good.sorted().toList()) {
                Catalogue each = CatalogueLoader.load(yaml);
                RuleBase.load(each, cache);
                assertTrue(RuleBase.load(each, cache).fromCache(), yaml::toString);
            }
        }
    }

    @Test
    void aMissingFolderIsCreatedForTheUserAlone() throws Exception {
        Path folder = dir.resolve("cache/gapcheck/rules");
        RuleCache.in(folder);
        for (Path created : List.of(folder, folder.getParent(), folder.getParent().getParent())) {
            assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(created)), created::toString);
        }
    }

    @Test
    void aFolderOthersMayWriteToIsRefused() throws Exception {
        for (String permissions : List.of("rwxrwx---", "rwx---rwx", "rwxrwxrwx")) {
            Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString(permissions));
            UnsafeCacheFolderException refused = assertThrows(UnsafeCacheFolderException.class, () -> RuleCache.in(dir));
            assertEquals("规则缓存文件夹 " + dir + " 其他用户也可写入（权限 " + permissions
                    + "），其中的已编译规则不可信：请执行 chmod go-w " + dir + "，或加 --no-cache 运行", refused.getMessage());
        }
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
        RuleCache.in(dir);
    }

    @Test
    void aFolderOfAnotherUserIsRefused() throws Exception {
        UserPrincipalLookupService users = dir.getFileSystem().getUserPrincipalLookupService();
        UserPrincipal someoneElse = users.lookupPrincipalByName("54321");
        // Expecting someone else works as any user; making the folder someone else's needs root.
        UnsafeCacheFolderException refused = assertThrows(UnsafeCacheFolderException.class,
                () -> RuleCache.in(dir, someoneElse));
        assertTrue(refused.getMessage().startsWith("规则缓存文件夹 " + dir + " 属于用户 " + Files.getOwner(dir).getName()
                + "，不属于当前用户 54321"), refused::getMessage);
        try {
            Files.setOwner(dir, someoneElse);
        } catch (IOException e) {
            Assumptions.abort("changing a folder's owner needs root");
        }
        refused = assertThrows(UnsafeCacheFolderException.class, () -> RuleCache.in(dir));
        assertTrue(refused.getMessage().contains(dir + " 属于用户 54321，不属于当前用户 "), refused::getMessage);
        assertTrue(refused.getMessage().endsWith("或加 --no-cache 运行"), refused::getMessage);
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

    private static List<KiePackage> packagesIn(byte[] file) throws Exception {
        int payload = CacheFile.of(file).payloadOffset();
        return RuleCache.packagesIn(file, payload, file.length - payload);
    }

    private static byte[] serialized(Object object) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(object);
        }
        return bytes.toByteArray();
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
