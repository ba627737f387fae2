package org.gapcheck.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gapcheck.catalogue.Catalogue;
import org.gapcheck.catalogue.CatalogueLoader;
import org.gapcheck.catalogue.Check;
import org.gapcheck.catalogue.CheckType;
import org.gapcheck.catalogue.Metric;
import org.gapcheck.catalogue.MetricKind;
import org.junit.jupiter.api.Test;

class DrlGeneratorTest {

    private static String generate(Catalogue catalogue) {
        return new DrlGenerator(catalogue, new SymbolTable(catalogue)).generate();
    }

    @Test
    void oneRulePerCheckNamedAfterItsIndicator() {
        String drl = generate(EngineFixtures.catalogue());
        List<String> names = Pattern.compile("rule \"([^\"]*)\"").matcher(drl).results().map(m -> m.group(1)).toList();
        assertEquals(List.of("I061.c1", "I061.c2", "I082.c1", "I096.c1", "I096.c2", "I090.c1", "I083.c1",
                "I083.c2", "I097.c1", "I097.c2"), names);
    }

    @Test
    void noCatalogueTextAndNoStringLiteralsBesidesRuleNames() {
        String drl = generate(EngineFixtures.catalogue());
        assertFalse(drl.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN));
        Matcher literals = Pattern.compile("\"([^\"]*)\"").matcher(drl);
        while (literals.find()) {
            assertTrue(literals.group(1).matches("I\\d{3}\\.c\\d+"), "unexpected literal " + literals.group());
        }
    }

    @Test
    void thresholdsAreWrittenAsIntegers() {
        Catalogue c = EngineFixtures.catalogue();
        Catalogue decimal = new Catalogue(c.edition(), c.title(), c.metrics(), c.topics(), List.of(
                EngineFixtures.indicator(1, "X", EngineFixtures.ALL,
                        new Check(CheckType.METRIC_AT_LEAST, "court_appearance_rate", null, new BigDecimal("81.25")))));
        assertTrue(generate(decimal).contains("BigDecimal.valueOf( 8125L, 2 )"));
    }

    @Test
    void refusesIdentifiersThatAreNotSafeEvenIfValidationWasBypassed() {
        Catalogue c = EngineFixtures.catalogue();
        Catalogue hostile = new Catalogue(c.edition(), c.title(),
                List.of(new Metric("m\" || true", "名", MetricKind.RATE, List.of("名"))), List.of(), List.of(
                EngineFixtures.indicator(1, "X", EngineFixtures.ALL,
                        new Check(CheckType.METRIC_AT_LEAST, "m\" || true", null, BigDecimal.TEN))));
        assertThrows(IllegalArgumentException.class, () -> generate(hostile));
        Catalogue unknownMetric = new Catalogue("t", "t",
                List.of(new Metric("m", "名", MetricKind.RATE, List.of("名"))), List.of(), List.of(
                EngineFixtures.indicator(1, "X", EngineFixtures.ALL,
                        new Check(CheckType.METRIC_AT_LEAST, "other", null, BigDecimal.TEN))));
        assertThrows(IllegalArgumentException.class, () -> generate(unknownMetric));
    }

    /** Free text may say anything; it is data, so a title that tries to close the rule and open another changes nothing. */
    @Test
    void hostileFreeTextInAValidCatalogueNeverReachesTheRules() throws Exception {
        Catalogue minimal = CatalogueLoader.load(Path.of("src/test/resources/catalogue/good/minimal.yaml"));
        Catalogue hostile = CatalogueLoader.load(Path.of("src/test/resources/catalogue/good/hostile_text.yaml"));
        assertTrue(hostile.indicators().get(0).title().contains("System.exit"), hostile.indicators().get(0)::title);
        String drl = generate(hostile);
        assertFalse(drl.contains("System") || drl.contains("evil"), drl);
        assertEquals(generate(minimal), drl);
    }
}
