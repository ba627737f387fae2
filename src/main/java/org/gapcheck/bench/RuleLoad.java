package org.gapcheck.bench;

import java.nio.file.Path;
import org.gapcheck.catalogue.Catalogue;
import org.gapcheck.catalogue.CatalogueLoader;
import org.gapcheck.engine.RuleBase;
import org.gapcheck.engine.RuleCache;

/**
 * The KieBase floor of bench/run: loads the bundled catalogue's rules once, compiled ({@code uncached}) or from the rule
 * cache in the given folder ({@code cached DIR}, which a first call fills), and prints the milliseconds it took.
 */
public final class RuleLoad {
    private RuleLoad() {}

    public static void main(String[] args) throws Exception {
        Catalogue catalogue = CatalogueLoader.load(Path.of("criteria/demo-2021.yaml"));
        long start = System.nanoTime();
        RuleBase rules = args.length > 1 && args[0].equals("cached")
                ? RuleBase.load(catalogue, RuleCache.in(Path.of(args[1])))
                : RuleBase.build(catalogue);
        long ms = (System.nanoTime() - start) / 1_000_000;
        System.out.println(ms + " " + (rules.fromCache() ? "cached" : "compiled"));
    }
}
