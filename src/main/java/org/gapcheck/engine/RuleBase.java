package org.gapcheck.engine;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.gapcheck.catalogue.Catalogue;
import org.kie.api.KieBase;
import org.kie.api.builder.Message;
import org.kie.api.builder.Results;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.api.io.ResourceType;
import org.kie.internal.io.ResourceFactory;
import org.kie.internal.utils.KieHelper;

/** The compiled rules for one catalogue: its generated DRL plus the hand-written rules shipped in rules/. */
public final class RuleBase {
    /** The hand-written rule files, bundled from the repository's rules/ folder. */
    static final List<String> HAND_WRITTEN = List.of("derived.drl", "verdicts.drl", "report.drl");

    private final Catalogue catalogue;
    private final SymbolTable symbols;
    private final String generatedDrl;
    private final KieBase kieBase;

    private RuleBase(Catalogue catalogue, SymbolTable symbols, String generatedDrl, KieBase kieBase) {
        this.catalogue = catalogue;
        this.symbols = symbols;
        this.generatedDrl = generatedDrl;
        this.kieBase = kieBase;
    }

    public static RuleBase build(Catalogue catalogue) {
        SymbolTable symbols = new SymbolTable(catalogue);
        DrlGenerator generator = new DrlGenerator(catalogue, symbols);
        String drl = generator.generate();
        KieHelper helper = new KieHelper();
        String folder = DrlGenerator.PACKAGE.replace('.', '/') + "/";
        helper.addResource(ResourceFactory.newByteArrayResource(drl.getBytes(StandardCharsets.UTF_8))
                .setSourcePath(folder + "catalogue.drl"), ResourceType.DRL);
        for (String name : HAND_WRITTEN) {
            helper.addResource(ResourceFactory.newByteArrayResource(handWritten(name))
                    .setSourcePath(folder + name), ResourceType.DRL);
        }
        Results results = helper.verify();
        if (results.hasMessages(Message.Level.ERROR)) {
            throw new IllegalStateException("rules do not compile:\n" + results.getMessages(Message.Level.ERROR));
        }
        KieBase kieBase = helper.build();
        requireExactlyGeneratedRules(kieBase, generator.ruleNames());
        return new RuleBase(catalogue, symbols, drl, kieBase);
    }

    /** A generated rule file must compile to exactly the rules the catalogue asks for: no more, no fewer. */
    private static void requireExactlyGeneratedRules(KieBase kieBase, List<String> expected) {
        KiePackage pkg = kieBase.getKiePackage(DrlGenerator.PACKAGE);
        Set<String> generated = pkg.getRules().stream().map(Rule::getName)
                .filter(name -> name.matches("I\\d{3}\\.c\\d+")).collect(Collectors.toSet());
        if (!generated.equals(new HashSet<>(expected))) {
            throw new IllegalStateException("generated rules differ from the catalogue's checks: " + generated);
        }
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
}
