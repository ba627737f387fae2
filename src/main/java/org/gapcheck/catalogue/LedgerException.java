package org.gapcheck.catalogue;

import java.util.List;

/** A ledger file (--facts) that could not be loaded, with every problem found in it. */
public final class LedgerException extends CatalogueException {
    LedgerException(String sourceName, List<CatalogueError> errors) {
        super("台账文件", sourceName, errors);
    }
}
