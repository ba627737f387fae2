package org.gapcheck.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

/**
 * Every file in {@code catalogue/bad/} must be rejected with the error its row in {@code expected.csv} names: line,
 * column, indicator and field exactly, the message by a fragment, and the total number of errors (so that a defect is
 * neither missed nor reported with spurious follow-up errors).
 */
class BadCatalogueTest {

    private static final Path BAD = Path.of("src/test/resources/catalogue/bad");

    @ParameterizedTest(name = "{0}")
    @CsvFileSource(resources = "/catalogue/bad/expected.csv", numLinesToSkip = 1, encoding = "UTF-8")
    void rejectsWithLocatedError(String file, int line, int column, String indicator, String field, int errorCount,
            String fragment) {
        CatalogueException thrown = assertThrows(CatalogueException.class, () -> CatalogueLoader.load(BAD.resolve(file)));
        List<CatalogueError> errors = thrown.errors();
        String all = thrown.getMessage();
        assertEquals(errorCount, errors.size(), all);
        CatalogueError expected = errors.stream()
                .filter(e -> e.line() == line && e.column() == column)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no error at " + line + ":" + column + " in\n" + all));
        assertEquals(indicator, expected.indicator(), all);
        assertEquals(field, expected.field(), all);
        assertTrue(expected.message().contains(fragment), () -> "message lacks \"" + fragment + "\": " + expected);
        assertEquals(BAD.resolve(file).toString(), expected.file());
        assertTrue(expected.toString().startsWith(BAD.resolve(file) + ":" + line + ":" + column + ": "), expected::toString);
    }

    @Test
    void everyBadCatalogueHasAnExpectation() throws IOException {
        Set<String> expected;
        try (Stream<String> rows = Files.lines(BAD.resolve("expected.csv"), StandardCharsets.UTF_8)) {
            expected = rows.skip(1).map(row -> row.substring(0, row.indexOf(','))).collect(Collectors.toSet());
        }
        Set<String> files;
        try (Stream<Path> listing = Files.list(BAD)) {
            files = listing.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".yaml"))
                    .collect(Collectors.toSet());
        }
        assertEquals(files, expected);
    }
}
