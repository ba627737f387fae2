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
import org.gapcheck.engine.RuleCache;
import org.gapcheck.extract.Extractor;
import org.gapcheck.extract.ReportFacts;
import org.gapcheck.ingest.Document;
import org.gapcheck.ingest.DocumentReader;
import org.gapcheck.ingest.IngestException;

/**
 * What every assessing command sets up once per run: the catalogue, its compiled rules, the extractor and the ledger.
 * Engine and Extractor keep no per-report state (the KieBase is thread-safe and each report gets its own session), so
 * one pipeline serves every worker of a batch. The rules are compiled when the first report needs them: a run that only
 * meets unreadable files answers at once instead of after seconds of compiling.
 */
final class Pipeline {

    private final Catalogue catalogue;
    private final Extractor extractor;
    private final List<LedgerFact> ledger;
    private final RuleCache cache;
    private volatile Engine engine;

    private Pipeline(Catalogue catalogue, List<LedgerFact> ledger, RuleCache cache) {
        this.catalogue = catalogue;
        this.cache = cache;
        this.extractor = new Extractor(catalogue);
        this.ledger = ledger;
    }

    static Pipeline load(CommonOptions common, LedgerOption ledger) throws CatalogueException {
        Catalogue catalogue = Catalogues.load(common.catalogue);
        return new Pipeline(catalogue, ledger.load(catalogue), common.noCache ? null : RuleCache.forUser());
    }

    Catalogue catalogue() {
        return catalogue;
    }

    Assessment assess(Document document) {
        return assess(document, StageProfile.off());
    }

    Assessment assess(Document document, StageProfile profile) {
        Engine rules = engine(profile);
        ReportFacts facts = profile.time(StageProfile.Stage.EXTRACT,
                () -> extractor.extract(document).withLedger(ledger));
        Assessment assessment = profile.time(StageProfile.Stage.ENGINE, () -> rules.assess(facts));
        profile.reportDone();
        return assessment;
    }

    Assessment assess(Path file, Charset encoding) throws IngestException {
        return assess(file, encoding, StageProfile.off());
    }

    Assessment assess(Path file, Charset encoding, StageProfile profile) throws IngestException {
        return assess(profile.time(StageProfile.Stage.INGEST, () -> DocumentReader.read(file, encoding)), profile);
    }

    private Engine engine(StageProfile profile) {
        Engine built = engine;
        if (built == null) {
            synchronized (this) {
                built = engine;
                if (built == null) {
                    built = profile.time(StageProfile.Stage.RULES_LOAD, () -> new Engine(RuleBase.load(catalogue, cache)));
                    engine = built;
                }
            }
        }
        return built;
    }
}
