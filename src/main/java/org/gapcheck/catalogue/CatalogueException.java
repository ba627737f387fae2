package org.gapcheck.catalogue;

import java.util.List;
import java.util.stream.Collectors;

/** A catalogue that could not be loaded, with every problem found in it. */
public class CatalogueException extends Exception {

    private final List<CatalogueError> errors;

    public CatalogueException(String sourceName, List<CatalogueError> errors) {
        this("指标目录", sourceName, errors);
    }

    /** {@code what} names the kind of file in the summary line, e.g. 指标目录 or 台账文件. */
    protected CatalogueException(String what, String sourceName, List<CatalogueError> errors) {
        super(summary(what, sourceName, errors));
        if (errors.isEmpty()) {
            throw new IllegalArgumentException("a CatalogueException needs at least one error");
        }
        this.errors = List.copyOf(errors);
    }

    public List<CatalogueError> errors() {
        return errors;
    }

    private static String summary(String what, String sourceName, List<CatalogueError> errors) {
        return what + " " + sourceName + " 有 " + errors.size() + " 处错误：\n"
                + errors.stream().map(CatalogueError::toString).collect(Collectors.joining("\n"));
    }
}
