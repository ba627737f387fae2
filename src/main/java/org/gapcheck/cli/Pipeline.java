package org.gapcheck.cli;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
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
 * The cached rules the catalogue had last time start loading before the catalogue is even parsed.
 * Engine and Extractor keep no per-report state (the KieBase is thread-safe and each report gets its own session), so
 * one pipeline serves every worker of a batch. The rules are loaded when the first report has been read, on a thread of
 * their own while that report's facts are extracted: a run that only meets unreadable files answers at once, and a
 * single report does not wait for extraction and rule loading one after the other.
 */
final class Pipeline {

    private final Catalogue catalogue;
    private final Extractor extractor;
    private final List<LedgerFact> ledger;
    private final RuleCache cache;
    private final RuleBase.Preload preload;
    private CompletableFuture<Engine> engine;

    private Pipeline(Catalogue catalogue, List<LedgerFact> ledger, RuleCache cache, RuleBase.Preload preload) {
        this.catalogue = catalogue;
        this.cache = cache;
        this.preload = preload;
        this.extractor = new Extractor(catalogue);
        this.ledger = ledger;
    }

    static Pipeline load(CommonOptions common, LedgerOption ledger) throws CatalogueException {
        RuleCache cache = common.noCache ? null : RuleCache.forUser();
        RuleBase.Preload preload = RuleBase.Preload.start(cache, cache == null ? null : Catalogues.source(common.catalogue));
        Catalogue catalogue = Catalogues.load(common.catalogue);
        return new Pipeline(catalogue, ledger.load(catalogue), cache, preload);
    }

    Catalogue catalogue() {
        return catalogue;
    }

    Assessment assess(Document document) {
        return assess(document, StageProfile.off());
    }

    Assessment assess(Document document, StageProfile profile) {
        CompletableFuture<Engine> loading = engine(profile);
        ReportFacts facts = profile.time(StageProfile.Stage.EXTRACT,
                () -> extractor.extract(document).withLedger(ledger));
        Engine rules = joined(loading);
        Engine.Conclusions conclusions = profile.time(StageProfile.Stage.ENGINE, () -> rules.conclude(facts));
        Assessment assessment = profile.time(StageProfile.Stage.ASSEMBLE, () -> rules.assess(conclusions));
        profile.reportDone();
        return assessment;
    }

    Assessment assess(Path file, Charset encoding) throws IngestException {
        return assess(file, encoding, StageProfile.off());
    }

    Assessment assess(Path file, Charset encoding, StageProfile profile) throws IngestException {
        return assess(profile.time(StageProfile.Stage.INGEST, () -> DocumentReader.read(file, encoding)), profile);
    }

    private synchronized CompletableFuture<Engine> engine(StageProfile profile) {
        if (engine == null) {
            engine = CompletableFuture.supplyAsync(() -> profile.time(StageProfile.Stage.RULES_LOAD,
                    () -> new Engine(RuleBase.load(catalogue, cache, preload))), runnable -> {
                        Thread loader = new Thread(runnable, "gapcheck-rules");
                        loader.setDaemon(true);
                        loader.start();
                    });
        }
        return engine;
    }

    private static Engine joined(CompletableFuture<Engine> loading) {
        try {
            return loading.join();
        } catch (CompletionException e) {
            throw Failure.unwrapped(e);
        }
    }
}
