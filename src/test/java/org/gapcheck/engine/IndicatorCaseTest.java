package org.gapcheck.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.gapcheck.catalogue.Catalogue;
import org.gapcheck.catalogue.CatalogueException;
import org.gapcheck.catalogue.CatalogueLoader;
import org.gapcheck.catalogue.CheckType;
import org.gapcheck.catalogue.Indicator;
import org.gapcheck.catalogue.UnitLevel;
import org.gapcheck.extract.Extractor;
import org.gapcheck.extract.ReportFacts;
import org.gapcheck.ingest.Document;
import org.gapcheck.ingest.DocumentReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Sentences under src/test/resources/cases/, each with the verdict it should give one indicator of the bundled
 * catalogue, run through the whole pipeline (ingest, extract, rules). A case names its indicator by number and topic
 * code, and {@link #casesAndCatalogueAgreeOnNumbersAndCodes} keeps the two in step with criteria/demo-2021.yaml.
 */
class IndicatorCaseTest {

    private static final Path CASES = Path.of("src/test/resources/cases");
    private static Catalogue catalogue;
    private static Extractor extractor;
    private static Engine engine;

    /**
     * One case; {@code section} is the part the text sits in ("report": the text is a whole report with its own
     * headings), {@code unit} the kind of body that wrote it.
     */
    record Case(String file, int no, String code, String expect, String text, String section, String unit,
                String evidence) {

        Verdict verdict() {
            return Verdict.valueOf(expect.toUpperCase());
        }

        @Override
        public String toString() {
            return String.format("I%03d %s %s ← %s", no, code, expect, text);
        }
    }

    @BeforeAll
    static void buildPipeline() throws CatalogueException {
        catalogue = CatalogueLoader.load(Path.of("criteria/demo-2021.yaml"));
        extractor = new Extractor(catalogue);
        engine = new Engine(RuleBase.build(catalogue));
    }

    static List<Case> cases() {
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory())
                .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);
        List<Case> all = new ArrayList<>();
        try (Stream<Path> files = Files.list(CASES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
                for (Case c : yaml.readValue(file.toFile(), new TypeReference<List<Case>>() {})) {
                    all.add(new Case(String.valueOf(file.getFileName()), c.no(), c.code(), c.expect(), c.text(),
                            c.section(), c.unit(), c.evidence()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return all;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void caseGetsItsVerdict(Case c) {
        Indicator indicator = catalogue.indicators().stream().filter(i -> i.code().equals(c.code())).findFirst()
                .orElseThrow(() -> new AssertionError(c.file() + ": 目录中没有指标代码 " + c.code()));
        Document document = document(c);
        ReportFacts facts = extractor.extract(document);
        Assessment assessment = engine.assess(facts);
        IndicatorResult result = assessment.indicators().stream()
                .filter(r -> r.indicator().no() == indicator.no()).findFirst().orElseThrow();
        if (result.verdict() != c.verdict()) {
            fail(explain(c, result, facts));
        }
        if (c.evidence() != null) {
            assertTrue(result.evidence().stream().anyMatch(e -> e.text().contains(c.evidence())),
                    () -> "evidence should show \"" + c.evidence() + "\"\n" + explain(c, result, facts));
        }
    }

    @Test
    void casesAndCatalogueAgreeOnNumbersAndCodes() {
        Map<String, Integer> noByCode = catalogue.indicators().stream()
                .collect(Collectors.toMap(Indicator::code, Indicator::no));
        List<String> wrong = new ArrayList<>();
        for (Case c : cases()) {
            Integer no = noByCode.get(c.code());
            if (no == null) {
                wrong.add(c.file() + ": code " + c.code() + " is not in the catalogue");
            } else if (no != c.no()) {
                wrong.add(c.file() + ": " + c.code() + " is no " + no + " in the catalogue but " + c.no() + " in the case");
            }
        }
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
    }

    /**
     * Every indicator has a case that meets it (or, for one that needs a site visit, is sent there) and a case that
     * leaves it short or without evidence.
     */
    @Test
    void everyIndicatorHasAPassingAndAFailingCase() {
        List<Case> cases = cases();
        List<String> missing = new ArrayList<>();
        for (Indicator indicator : catalogue.indicators()) {
            boolean onSite = indicator.checks().stream().anyMatch(k -> k.type() == CheckType.ON_SITE);
            Set<Verdict> expected = cases.stream().filter(c -> c.code().equals(indicator.code()))
                    .map(Case::verdict).collect(Collectors.toSet());
            Verdict positive = onSite ? Verdict.ON_SITE : Verdict.MET;
            if (!expected.contains(positive)) {
                missing.add(indicator.ruleStem() + " " + indicator.code() + ": no case expecting " + positive);
            }
            if (!expected.contains(Verdict.GAP) && !expected.contains(Verdict.NO_EVIDENCE)) {
                missing.add(indicator.ruleStem() + " " + indicator.code() + ": no case expecting gap or no_evidence");
            }
        }
        assertTrue(missing.isEmpty(), "indicators without cases:\n" + String.join("\n", missing));
        assertTrue(cases.size() >= 200, "only " + cases.size() + " cases");
    }

    private static Document document(Case c) {
        String section = c.section() == null ? "achievements" : c.section();
        if (section.equals("report")) {
            return document(c, "测试区人民政府2023年法治政府建设情况报告\n" + c.text() + "\n");
        }
        String heading = switch (section) {
            case "achievements" -> "一、2023年法治政府建设主要举措和成效";
            case "shortfalls" -> "二、存在的不足和原因";
            case "leadership" -> "三、党政主要负责人履行推进法治建设第一责任人职责情况";
            case "plans" -> "四、2024年法治政府建设工作安排";
            default -> throw new IllegalArgumentException(c.file() + ": unknown section " + section);
        };
        return document(c, "测试区2023年法治政府建设情况报告\n" + heading + "\n" + c.text() + "\n");
    }

    /** The case's text as a report of 2023 by the case's kind of unit. */
    private static Document document(Case c, String text) {
        Document d = DocumentReader.fromText(c.file(), text);
        UnitLevel level = UnitLevel.byId(c.unit() == null ? "district_government" : c.unit())
                .orElseThrow(() -> new IllegalArgumentException(c.file() + ": unknown unit " + c.unit()));
        return new Document(d.name(), d.text(), d.normalized(), d.sections(), d.sentences(), d.unit(), level, d.year(),
                d.published());
    }

    /** Everything a reader needs to see why the verdict came out as it did. */
    private static String explain(Case c, IndicatorResult r, ReportFacts facts) {
        StringBuilder s = new StringBuilder();
        s.append(c.file()).append(": I").append(String.format("%03d", c.no())).append(' ').append(c.code())
                .append(" expected ").append(c.expect()).append(" but was ").append(r.verdict().name().toLowerCase())
                .append(" (").append(r.verdictRule()).append(")\n  text: ").append(c.text()).append('\n');
        r.checks().forEach(k -> s.append("  check ").append(k.rule()).append(' ').append(k.type().id()).append(" → ")
                .append(k.outcome()).append(k.value() == null ? "" : " value " + k.value().toPlainString()).append('\n'));
        facts.metrics().forEach(m -> s.append("  metric ").append(m.metric()).append(" = ").append(m.value().toPlainString())
                .append(' ').append(m.unit()).append(" [").append(m.period()).append(' ').append(m.scope()).append("] ")
                .append(m.text()).append('\n'));
        facts.mentions().forEach(m -> s.append("  mention ").append(m.topic()).append(' ').append(m.polarity())
                .append(" \"").append(m.text()).append("\"\n"));
        return s.toString();
    }
}
