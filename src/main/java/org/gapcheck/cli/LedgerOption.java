package org.gapcheck.cli;

import java.nio.file.Path;
import java.util.List;
import org.gapcheck.catalogue.Catalogue;
import org.gapcheck.catalogue.LedgerException;
import org.gapcheck.catalogue.LedgerFact;
import org.gapcheck.catalogue.LedgerLoader;
import picocli.CommandLine.Option;

/** --facts: the office's ledger values, added to every report of the run (or to the one an entry names). */
final class LedgerOption {
    @Option(names = "--facts", paramLabel = "FILE.yaml",
            description = "台账数据（YAML）：报告未写明而本单位台账掌握的数据（metric、value、source），输出中标注“台账”")
    Path file;

    List<LedgerFact> load(Catalogue catalogue) throws LedgerException {
        return file == null ? List.of() : LedgerLoader.load(file, catalogue);
    }
}
