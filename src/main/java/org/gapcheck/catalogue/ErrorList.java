package org.gapcheck.catalogue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Collects the errors of one catalogue source so that loading can report all of them at once. */
final class ErrorList {

    private final String sourceName;
    private final List<CatalogueError> errors = new ArrayList<>();

    ErrorList(String sourceName) {
        this.sourceName = sourceName;
    }

    void add(YamlNode.Position at, String indicator, String field, String message) {
        errors.add(new CatalogueError(sourceName, at.line(), at.column(), indicator, field, message));
    }

    void addUnlocated(String message) {
        errors.add(new CatalogueError(sourceName, 0, 0, null, null, message));
    }

    boolean isEmpty() {
        return errors.isEmpty();
    }

    /** In file order, which is the order a user fixes them in. */
    List<CatalogueError> sorted() {
        return errors.stream()
                .sorted(Comparator.comparingInt(CatalogueError::line).thenComparingInt(CatalogueError::column))
                .toList();
    }

    String sourceName() {
        return sourceName;
    }
}
