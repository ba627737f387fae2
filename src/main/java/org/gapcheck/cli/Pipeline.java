package org.gapcheck.cli;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.List;
import org.gapcheck.catalogue.Catalogue;
import org.gapcheck.catalogue.CatalogueException;
import org.gapcheck.catalogue.LedgerFact;
import org.gapcheck.engine.Assessment;
import org.gapcheck.engine.Engine;
import org.gapcheck.engine.RuleBase;
import org.gapcheck.extract.Extractor;
import org.gapcheck.ingest.Document;
import org.gapcheck.ingest.DocumentReader;
import org.gapcheck.ingest.IngestException;

/**
 * What every assessing command sets up once per run: the catalogue, its compiled rules, the extractor and the ledger.
 * Engine and Extractor keep no per-report state (the KieBase is thread-safe and each report gets its own session), so
 * one pipeline serves every worker of a batch.
 */
record Pipeline(Catalogue catalogue, Engine engine, Extractor extractor, List<LedgerFact> ledger) {

    static Pipeline load(CommonOptions common, LedgerOption ledger) throws CatalogueException {
        Catalogue catalogue = Catalogues.load(common.catalogue);
        List<LedgerFact> facts = ledger.load(catalogue);
        return new Pipeline(catalogue, new Engine(RuleBase.build(catalogue)), new Extractor(catalogue), facts);
    }

    Assessment assess(Document document) {
        return engine.assess(extractor.extract(document).withLedger(ledger));
    }

    Assessment assess(Path file, Charset encoding) throws IngestException {
        return assess(DocumentReader.read(file, encoding));
    }
}
