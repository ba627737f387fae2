package org.gapcheck.engine;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.Set;
import java.util.stream.Collectors;
import org.drools.kiesession.rulebase.InternalKnowledgeBase;
import org.drools.kiesession.rulebase.KnowledgeBaseFactory;
import org.gapcheck.catalogue.Catalogue;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.api.io.ResourceType;
import org.kie.internal.io.ResourceFactory;
import org.kie.internal.builder.KnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilderFactory;

/** The compiled rules for one catalogue: its generated DRL plus the hand-written rules shipped in rules/. */
public final class RuleBase {
    /** The hand-written rule files, bundled from the repository's rules/ folder. */
    static final List<String> HAND_WRITTEN = List.of("derived.drl", "verdicts.drl", "report.drl");

    private final Catalogue catalogue;
    private final SymbolTable symbols;
    private final String generatedDrl;
    private final KieBase kieBase;
    private final boolean fromCache;

    private RuleBase(Catalogue catalogue, SymbolTable symbols, String generatedDrl, KieBase kieBase, boolean fromCache) {
        this.catalogue = catalogue;
        this.symbols = symbols;
        this.generatedDrl = generatedDrl;
        this.kieBase = kieBase;
        this.fromCache = fromCache;
    }

    /** Compiles the rules, without reading or writing any cache. */
    public static RuleBase build(Catalogue catalogue) {
        return load(catalogue, null);
    }

    /**
     * The rules of a catalogue source read ahead, on a thread of their own, while the catalogue is parsed: reading them
     * takes longer than anything else a one-report run does. What was read is used only if it is what {@link #load}
     * would have read.
     */
    public static final class Preload {
        private static final Preload NONE = new Preload(null, null, null);

        private final byte[] catalogueSource;
        private final String lastKey;
        private final CompletableFuture<Optional<Loaded>> loading;

        private Preload(byte[] catalogueSource, String lastKey, CompletableFuture<Optional<Loaded>> loading) {
            this.catalogueSource = catalogueSource;
            this.lastKey = lastKey;
            this.loading = loading;
        }

        /** Starts reading the rules {@code catalogueSource} had last time, if the cache remembers them. */
        public static Preload start(RuleCache cache, byte[] catalogueSource) {
            if (cache == null || catalogueSource == null) {
                return NONE;
            }
            Optional<String> key = cache.lastKeyFor(catalogueSource);
            if (key.isEmpty()) {
                return new Preload(catalogueSource, null, null);
            }
            return new Preload(catalogueSource, key.get(), CompletableFuture.supplyAsync(
                    () -> cache.read(key.get(), RuleBase::knowledgeBase).map(kieBase -> new Loaded(key.get(), kieBase)),
                    runnable -> {
                        Thread reader = new Thread(runnable, "gapcheck-rules-preload");
                        reader.setDaemon(true);
                        reader.start();
                    }));
        }

        /** What was read ahead under {@code key}, or nothing (none read, another key, or reading failed). */
        private Optional<InternalKnowledgeBase> take(String key) {
            if (loading == null) {
                return Optional.empty();
            }
            try {
                return loading.join().filter(loaded -> loaded.key().equals(key)).map(Loaded::kieBase);
            } catch (CompletionException e) {
                return Optional.empty();   // the regular path reads (or rebuilds) it again and reports what fails
            }
        }

        private record Loaded(String key, InternalKnowledgeBase kieBase) {}
    }

    /**
     * The rules from {@code cache} when it holds this exact rule set, else compiled and stored there.
     *
     * @param cache where compiled packages are kept, or null to compile every time (--no-cache)
     */
    public static RuleBase load(Catalogue catalogue, RuleCache cache) {
        return load(catalogue, cache, Preload.NONE);
    }

    /** As {@link #load(Catalogue, RuleCache)}, taking the rules {@code preload} read ahead when they are these. */
    public static RuleBase load(Catalogue catalogue, RuleCache cache, Preload preload) {
        SymbolTable symbols = new SymbolTable(catalogue);
        DrlGenerator generator = new DrlGenerator(catalogue, symbols);
        String drl = generator.generate();
        Map<String, String> sources = new LinkedHashMap<>();
        sources.put("catalogue.drl", drl);
        for (String name : HAND_WRITTEN) {
            sources.put(name, new String(handWritten(name), StandardCharsets.UTF_8));
        }
        String key = cache == null ? null : RuleCache.key(List.copyOf(sources.values()));
        InternalKnowledgeBase kieBase = cache == null ? null : cached(cache, key, preload, generator.ruleNames());
        boolean fromCache = kieBase != null;
        if (!fromCache) {
            Collection<KiePackage> packages = compile(sources);
            if (cache != null) {
                cache.write(key, packages);
            }
            kieBase = knowledgeBase(packages);
            requireExactlyGeneratedRules(kieBase, generator.ruleNames());   // cached rules were checked when read
        }
        if (cache != null && preload.catalogueSource != null && !key.equals(preload.lastKey)) {
            cache.rememberKeyFor(preload.catalogueSource, key);
        }
        return new RuleBase(catalogue, symbols, drl, kieBase, fromCache);
    }

    /**
     * The cached rules under {@code key}, read ahead or now, when they make a working rule base with exactly the
     * catalogue's generated rules; else null, their file deleted, for the caller to compile them again.
     */
    private static InternalKnowledgeBase cached(RuleCache cache, String key, Preload preload, List<String> ruleNames) {
        Optional<InternalKnowledgeBase> ahead = preload.take(key);
        if (ahead.isPresent()) {
            if (hasExactlyGeneratedRules(ahead.get(), ruleNames)) {
                return ahead.get();
            }
            cache.discard(key);
            return null;
        }
        return cache.read(key, packages -> {
            InternalKnowledgeBase kieBase = knowledgeBase(packages);
            requireExactlyGeneratedRules(kieBase, ruleNames);
            return kieBase;
        }).orElse(null);
    }

    private static InternalKnowledgeBase knowledgeBase(Collection<KiePackage> packages) {
        InternalKnowledgeBase kieBase = KnowledgeBaseFactory.newKnowledgeBase();
        kieBase.addPackages(packages);
        return kieBase;
    }

    private static Collection<KiePackage> compile(Map<String, String> sources) {
        KnowledgeBuilder builder = KnowledgeBuilderFactory.newKnowledgeBuilder();
        String folder = DrlGenerator.PACKAGE.replace('.', '/') + "/";
        sources.forEach((name, drl) -> builder.add(ResourceFactory.newByteArrayResource(
                drl.getBytes(StandardCharsets.UTF_8)).setSourcePath(folder + name), ResourceType.DRL));
        if (builder.hasErrors()) {
            throw new IllegalStateException("rules do not compile:\n" + builder.getErrors());
        }
        return builder.getKnowledgePackages();
    }

    /** A generated rule file must compile to exactly the rules the catalogue asks for: no more, no fewer. */
    private static void requireExactlyGeneratedRules(KieBase kieBase, List<String> expected) {
        if (!hasExactlyGeneratedRules(kieBase, expected)) {
            throw new IllegalStateException("generated rules differ from the catalogue's checks: " + generatedRules(kieBase));
        }
    }

    private static boolean hasExactlyGeneratedRules(KieBase kieBase, List<String> expected) {
        return generatedRules(kieBase).equals(new HashSet<>(expected));
    }

    private static Set<String> generatedRules(KieBase kieBase) {
        KiePackage pkg = kieBase.getKiePackage(DrlGenerator.PACKAGE);
        return pkg == null ? Set.of() : pkg.getRules().stream().map(Rule::getName)
                .filter(name -> name.matches("I\\d{3}\\.c\\d+")).collect(Collectors.toSet());
    }

    private static byte[] handWritten(String name) {
        try (InputStream in = RuleBase.class.getResourceAsStream("/rules/" + name)) {
            if (in == null) {
                throw new IllegalStateException("hand-written rule file missing from the build: rules/" + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Catalogue catalogue() { return catalogue; }

    public SymbolTable symbols() { return symbols; }

    public String generatedDrl() { return generatedDrl; }

    KieBase kieBase() { return kieBase; }

    /** Whether the compiled packages came from the cache rather than the compiler. */
    public boolean fromCache() { return fromCache; }
}
