package org.gapcheck.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.drools.base.common.DroolsObjectInputStream;
import org.drools.base.common.DroolsObjectOutputStream;
import org.drools.kiesession.rulebase.InternalKnowledgeBase;
import org.drools.kiesession.rulebase.KnowledgeBaseFactory;
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
import org.kie.api.io.ResourceType;
import org.kie.api.runtime.KieSession;
import org.kie.internal.builder.KnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilderFactory;
import org.kie.internal.io.ResourceFactory;

/**
 * Cache files forged the ways issue 18 describes, each by someone who can put files in the cache folder but does not
 * hold the user's MAC key (copying a genuine file's header instead), and, where a limit or check behind the MAC is what
 * is tested, signed with the key as if gapcheck itself had written them. Every one is refused without running anything
 * of it, deleted, and rebuilt: the next load comes from the cache again.
 */
class RuleCacheAttackTest {
    private static final Path SEED = Path.of("seeds/000_4257578ea403ef7a.txt");
    private static final Duration HANG = Duration.ofSeconds(30);

    private static Catalogue catalogue;
    private static ReportFacts facts;

    @TempDir
    Path dir;

    @TempDir
    Path elsewhere;

    @BeforeAll
    static void load() throws Exception {
        catalogue = CatalogueLoader.load(Path.of("criteria/demo-2021.yaml"));
        facts = new Extractor(catalogue).extract(DocumentReader.read(SEED, null));
    }

    @Test
    void anotherCataloguesRulesRestampedWithThisCataloguesHeaderAreRejected() throws Exception {
        RuleCache cache = RuleCache.in(dir);
        Path genuine = genuineFile(cache);
        // The same catalogue but indicator 90 met with 1 study session a year (the report states 3; the catalogue asks 4).
        Path lenientYaml = elsewhere.resolve("lenient.yaml");
        String yaml = Files.readString(Path.of("criteria/demo-2021.yaml"));
        String strict = "threshold: 4       # [默认值] 指标阈值未公开";
        assertEquals(yaml.indexOf(strict), yaml.lastIndexOf(strict));
        Files.writeString(lenientYaml, yaml.replace(strict, "threshold: 1       # [默认值] 指标阈值未公开"));
        Catalogue lenient = CatalogueLoader.load(lenientYaml);
        RuleBase.load(lenient, cache);
        Path lenientFile = otherThan(genuine);
        assertEquals(Verdict.MET, indicator90(new Engine(RuleBase.load(lenient, cache)).assess(facts)).verdict());

        Files.write(genuine, CacheFile.of(genuine).withPayload(CacheFile.of(lenientFile).payload()));

        RuleBase reloaded = RuleBase.load(catalogue, cache);
        assertFalse(reloaded.fromCache());
        IndicatorResult i90 = indicator90(new Engine(reloaded).assess(facts));
        assertEquals(Verdict.GAP, i90.verdict());
        assertEquals(0, i90.threshold().compareTo(java.math.BigDecimal.valueOf(4)), "the threshold `gapcheck rules` prints");
        assertTrue(RuleBase.load(catalogue, cache).fromCache(), "the rebuilt file is used by the next run");
    }

    @Test
    void aForgedPackageWhoseConsequenceWritesAFileIsNeverRun() throws Exception {
        RuleCache cache = RuleCache.in(dir);
        byte[] source = Files.readAllBytes(Path.of("criteria/demo-2021.yaml"));
        RuleBase.load(catalogue, cache, RuleBase.Preload.start(cache, source));
        Path genuine = onlyFile();
        Path written = elsewhere.resolve("written-by-the-cache-file");
        byte[] forged = serializedPackages(withRule("rule \"planted\" when then java.nio.file.Files.writeString("
                + "java.nio.file.Path.of(\"" + written + "\"), \"ran\"); end"));
        Path control = elsewhere.resolve("control");
        Files.writeString(control, "");
        assertRunsWhenTrusted(serializedPackages(withRule("rule \"planted\" when then java.nio.file.Files.writeString("
                + "java.nio.file.Path.of(\"" + control + "\"), \"ran\"); end")), control);

        Files.write(genuine, CacheFile.of(genuine).withPayload(forged));

        // The read ahead (the path `check` takes) and the regular read both refuse it.
        RuleBase reloaded = RuleBase.load(catalogue, cache, RuleBase.Preload.start(cache, source));
        assertFalse(reloaded.fromCache());
        new Engine(reloaded).assess(facts);
        Files.write(genuine, CacheFile.of(genuine).withPayload(forged));
        RuleBase again = RuleBase.load(catalogue, cache);
        assertFalse(again.fromCache());
        new Engine(again).assess(facts);
        assertFalse(Files.exists(written), "the forged consequence ran");
        assertTrue(RuleBase.load(catalogue, cache).fromCache());
    }

    @Test
    void aHashSetBombIsRefusedQuickly() throws Exception {
        RuleCache cache = RuleCache.in(dir);
        Path genuine = genuineFile(cache);
        byte[] bomb = serialized(hashSetBomb(100));
        assertTrue(bomb.length < 10_000, "the bomb is small: " + bomb.length);

        Files.write(genuine, CacheFile.of(genuine).withPayload(bomb));
        assertTimeoutPreemptively(HANG, () -> assertFalse(RuleBase.load(catalogue, cache).fromCache()));
        // Even under the right MAC the depth limit stops it.
        Files.write(genuine, CacheFile.of(genuine).signed(cache, bomb));
        assertTimeoutPreemptively(HANG, () -> assertFalse(RuleBase.load(catalogue, cache).fromCache()));
        assertTrue(RuleBase.load(catalogue, cache).fromCache());
    }

    @Test
    void aByteArrayClaimingTwoGigabytesIsRefused() throws Exception {
        RuleCache cache = RuleCache.in(dir);
        Path genuine = genuineFile(cache);
        byte[] array = serialized(new byte[] {1, 2, 3, 4});
        // The last 8 bytes are the length and the 4 elements: claim 2 GB, supply none.
        byte[] huge = Arrays.copyOf(array, array.length - 4);
        int at = huge.length - 4;
        huge[at] = 0x7f;
        huge[at + 1] = (byte) 0xff;
        huge[at + 2] = (byte) 0xff;
        huge[at + 3] = (byte) 0xf0;

        Files.write(genuine, CacheFile.of(genuine).withPayload(huge));
        assertFalse(RuleBase.load(catalogue, cache).fromCache());
        Files.write(genuine, CacheFile.of(genuine).signed(cache, huge));
        assertFalse(RuleBase.load(catalogue, cache).fromCache(), "the array limit, before the array is allocated");
        assertTrue(RuleBase.load(catalogue, cache).fromCache());
    }

    @Test
    void somethingOtherThanRulePackagesIsRefusedAndRebuilt() throws Exception {
        RuleCache cache = RuleCache.in(dir);
        Path genuine = genuineFile(cache);
        byte[] strings = serialized(new ArrayList<>(List.of("not", "a", "package")));

        Files.write(genuine, CacheFile.of(genuine).withPayload(strings));
        assertFalse(RuleBase.load(catalogue, cache).fromCache());
        Files.write(genuine, CacheFile.of(genuine).signed(cache, strings));
        assertFalse(RuleBase.load(catalogue, cache).fromCache());
        Files.write(genuine, CacheFile.of(genuine).signed(cache, serialized(new java.util.HashMap<>())));
        assertFalse(RuleBase.load(catalogue, cache).fromCache());
        assertTrue(RuleBase.load(catalogue, cache).fromCache());
    }

    @Test
    void packagesWithoutTheCataloguesRulesAreRebuiltRatherThanEndingTheRun() throws Exception {
        RuleCache cache = RuleCache.in(dir);
        Path genuine = genuineFile(cache);
        Catalogue minimal = CatalogueLoader.load(Path.of("src/test/resources/catalogue/good/minimal.yaml"));
        RuleBase.load(minimal, cache);
        byte[] minimalPackages = CacheFile.of(otherThan(genuine)).payload();

        // Signed as gapcheck would sign them: working packages, but not this catalogue's rules.
        Files.write(genuine, CacheFile.of(genuine).signed(cache, minimalPackages));
        assertFalse(RuleBase.load(catalogue, cache).fromCache());
        byte[] source = Files.readAllBytes(Path.of("criteria/demo-2021.yaml"));
        RuleBase.load(catalogue, cache, RuleBase.Preload.start(cache, source));
        Files.write(genuine, CacheFile.of(genuine).signed(cache, minimalPackages));
        RuleBase ahead = RuleBase.load(catalogue, cache, RuleBase.Preload.start(cache, source));
        assertFalse(ahead.fromCache(), "read ahead, then found not to be the catalogue's");
        assertEquals(catalogue.indicators().size(), new Engine(ahead).assess(facts).indicators().size());
        assertTrue(RuleBase.load(catalogue, cache).fromCache());
    }

    @Test
    void aSparseFileOfThreeGigabytesIsRefusedBySizeWithoutReadingIt() throws Exception {
        RuleCache cache = RuleCache.in(dir);
        Path genuine = genuineFile(cache);
        try (RandomAccessFile file = new RandomAccessFile(genuine.toFile(), "rw")) {
            file.setLength(3L << 30);
        }
        assertTimeoutPreemptively(HANG, () -> assertFalse(RuleBase.load(catalogue, cache).fromCache()));
        assertTrue(Files.size(genuine) < RuleCache.MAX_FILE_BYTES, "rebuilt: " + Files.size(genuine));
        assertTrue(RuleBase.load(catalogue, cache).fromCache());
    }

    @Test
    void aRulesFileThatIsALinkIsNotFollowed() throws Exception {
        RuleCache cache = RuleCache.in(dir);
        Path genuine = genuineFile(cache);
        // A perfectly good file, but outside the folder: whoever controls where the link points controls the rules.
        Path target = elsewhere.resolve("rules.bin");
        Files.move(genuine, target);
        byte[] targetBytes = Files.readAllBytes(target);
        Files.createSymbolicLink(genuine, target);

        assertFalse(RuleBase.load(catalogue, cache).fromCache());
        assertFalse(Files.isSymbolicLink(genuine));
        assertArrayEquals(targetBytes, Files.readAllBytes(target), "the link's target is left alone");
        assertTrue(RuleBase.load(catalogue, cache).fromCache());
    }

    @Test
    void aHintFileThatIsAFifoDoesNotHangTheRun() throws Exception {
        RuleCache cache = RuleCache.in(dir);
        byte[] source = Files.readAllBytes(Path.of("criteria/demo-2021.yaml"));
        Path hint = cache.hintFileFor(source);
        int made;
        try {
            made = new ProcessBuilder("mkfifo", hint.toString()).inheritIO().start().waitFor();
        } catch (java.io.IOException e) {
            made = -1;
        }
        Assumptions.assumeTrue(made == 0 && !Files.isRegularFile(hint), "mkfifo is not available here");

        RuleBase first = assertTimeoutPreemptively(HANG,
                () -> RuleBase.load(catalogue, cache, RuleBase.Preload.start(cache, source)));
        assertFalse(first.fromCache());
        assertTrue(Files.isRegularFile(hint), "replaced by a hint of gapcheck's");
        assertTrue(RuleBase.load(catalogue, cache, RuleBase.Preload.start(cache, source)).fromCache());
    }

    @Test
    void aHintFileLinkedToDevZeroDoesNotHangTheRun() throws Exception {
        RuleCache cache = RuleCache.in(dir);
        RuleBase.load(catalogue, cache);
        byte[] source = Files.readAllBytes(Path.of("criteria/demo-2021.yaml"));
        Path hint = cache.hintFileFor(source);
        Files.createSymbolicLink(hint, Path.of("/dev/zero"));
        Assumptions.assumeTrue(Files.exists(Path.of("/dev/zero")));

        RuleBase loaded = assertTimeoutPreemptively(HANG,
                () -> RuleBase.load(catalogue, cache, RuleBase.Preload.start(cache, source)));
        assertTrue(loaded.fromCache(), "the regular read still finds the rules");
        assertFalse(Files.isSymbolicLink(hint));
        assertTrue(RuleBase.load(catalogue, cache, RuleBase.Preload.start(cache, source)).fromCache());
    }

    @Test
    void futureDatedRuleFilesDoNotPushFreshOnesOut() throws Exception {
        RuleCache cache = RuleCache.in(dir);
        Path donor = elsewhere.resolve("donor.bin");
        Files.copy(genuineFile(cache), donor);
        Files.delete(onlyFile());
        List<Path> planted = new ArrayList<>();
        for (int i = 0; i < RuleCache.KEPT; i++) {
            Path file = dir.resolve("rules-%064x.bin".formatted(i));
            Files.copy(donor, file);
            Files.setLastModifiedTime(file, FileTime.from(Instant.now().plus(Duration.ofDays(3650))));
            planted.add(file);
        }

        assertFalse(RuleBase.load(catalogue, cache).fromCache());
        Path bundled = files().stream().filter(f -> !planted.contains(f)).findFirst()
                .orElseThrow(() -> new AssertionError("the fresh file was pruned at once"));
        RuleBase.load(CatalogueLoader.load(Path.of("src/test/resources/catalogue/good/minimal.yaml")), cache);

        assertEquals(RuleCache.KEPT, files().size(), files()::toString);
        assertTrue(Files.exists(bundled), "the first fresh file outlives the future-dated ones");
        assertTrue(RuleBase.load(catalogue, cache).fromCache(), "no recompile on the next run");
    }

    private static byte[] serialized(Object object) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(object);
        }
        return bytes.toByteArray();
    }

    private static byte[] serializedPackages(Collection<KiePackage> packages) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new DroolsObjectOutputStream(bytes)) {
            out.writeObject(new ArrayList<>(packages));
        }
        return bytes.toByteArray();
    }

    /** The catalogue's rules, generated and hand-written, plus one more in the same package. */
    private static Collection<KiePackage> withRule(String rule) throws Exception {
        KnowledgeBuilder builder = KnowledgeBuilderFactory.newKnowledgeBuilder();
        String folder = DrlGenerator.PACKAGE.replace('.', '/') + "/";
        List<String> names = new ArrayList<>(RuleBase.HAND_WRITTEN);
        List<String> sources = new ArrayList<>();
        for (String name : names) {
            try (var in = RuleBase.class.getResourceAsStream("/rules/" + name)) {
                sources.add(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        names.add(0, "catalogue.drl");
        sources.add(0, new DrlGenerator(catalogue, new SymbolTable(catalogue)).generate());
        names.add("planted.drl");
        sources.add("package " + DrlGenerator.PACKAGE + ";\n" + rule + "\n");
        for (int i = 0; i < names.size(); i++) {
            builder.add(ResourceFactory.newByteArrayResource(sources.get(i).getBytes(StandardCharsets.UTF_8))
                    .setSourcePath(folder + names.get(i)), ResourceType.DRL);
        }
        assertFalse(builder.hasErrors(), () -> builder.getErrors().toString());
        return builder.getKnowledgePackages();
    }

    /** The forged packages are potent: trusted, their consequence writes the file. So the test can tell. */
    private static void assertRunsWhenTrusted(byte[] packages, Path marker) throws Exception {
        Object read;
        try (ObjectInputStream in = new DroolsObjectInputStream(new ByteArrayInputStream(packages),
                RuleCacheAttackTest.class.getClassLoader())) {
            read = in.readObject();
        }
        InternalKnowledgeBase kieBase = KnowledgeBaseFactory.newKnowledgeBase();
        @SuppressWarnings("unchecked")
        Collection<KiePackage> list = (Collection<KiePackage>) read;
        kieBase.addPackages(list);
        KieSession session = kieBase.newKieSession();
        try {
            session.fireAllRules();
        } finally {
            session.dispose();
        }
        assertEquals("ran", Files.readString(marker));
    }

    /** Sets nested {@code depth} deep, two per level: hashing the outermost on deserialization takes 2^depth steps. */
    private static Set<Object> hashSetBomb(int depth) {
        Set<Object> root = new HashSet<>();
        Set<Object> s1 = root;
        Set<Object> s2 = new HashSet<>();
        for (int i = 0; i < depth; i++) {
            Set<Object> t1 = new HashSet<>();
            Set<Object> t2 = new HashSet<>();
            t1.add("x");
            s1.add(t1);
            s1.add(t2);
            s2.add(t1);
            s2.add(t2);
            s1 = t1;
            s2 = t2;
        }
        return root;
    }

    private static IndicatorResult indicator90(Assessment assessment) {
        return assessment.indicators().stream().filter(i -> i.indicator().no() == 90).findFirst().orElseThrow();
    }

    private Path genuineFile(RuleCache cache) throws Exception {
        assertFalse(RuleBase.load(catalogue, cache).fromCache());
        return onlyFile();
    }

    private Path otherThan(Path file) throws Exception {
        return files().stream().filter(f -> !f.equals(file)).findFirst().orElseThrow();
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
