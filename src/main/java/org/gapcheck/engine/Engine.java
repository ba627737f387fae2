package org.gapcheck.engine;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gapcheck.catalogue.Catalogue;
import org.gapcheck.catalogue.Check;
import org.gapcheck.catalogue.CheckType;
import org.gapcheck.catalogue.Indicator;
import org.gapcheck.catalogue.LedgerFact;
import org.gapcheck.catalogue.Metric;
import org.gapcheck.catalogue.MetricKind;
import org.gapcheck.engine.fact.CheckResult;
import org.gapcheck.engine.fact.RequiredCheck;
import org.gapcheck.engine.fact.Finding;
import org.gapcheck.engine.fact.IndicatorSpec;
import org.gapcheck.engine.fact.IndicatorVerdict;
import org.gapcheck.engine.fact.MetricValue;
import org.gapcheck.engine.fact.RatioSpec;
import org.gapcheck.engine.fact.ReportInfo;
import org.gapcheck.engine.fact.RequiredPart;
import org.gapcheck.engine.fact.SectionPresent;
import org.gapcheck.engine.fact.TopicMention;
import org.gapcheck.extract.Mention;
import org.gapcheck.extract.MetricFact;
import org.gapcheck.extract.ReportFacts;
import org.gapcheck.ingest.Document;
import org.gapcheck.ingest.Published;
import org.gapcheck.ingest.Section;
import org.gapcheck.ingest.SectionKind;
import org.gapcheck.ingest.Sentence;
import org.kie.api.runtime.ClassObjectFilter;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.KieSessionsPool;

/** Runs the rules over one report's facts, in a pooled session, and assembles the verdicts. */
public final class Engine {
    private static final List<RequiredPart> REQUIRED_PARTS = List.of(
            new RequiredPart(SectionKind.ACHIEVEMENTS, "主要举措和成效"),
            new RequiredPart(SectionKind.SHORTFALLS, "存在的不足和原因"),
            new RequiredPart(SectionKind.LEADERSHIP, "党政主要负责人履行推进法治建设第一责任人职责情况"),
            new RequiredPart(SectionKind.PLANS, "下一年度主要安排"));

    /** Check results in one order whatever order the session returns them in, so that equal runs print equal. */
    private static final Comparator<CheckResult> RESULT_ORDER = Comparator.comparingInt(CheckResult::indicator)
            .thenComparingInt(CheckResult::check)
            .thenComparingInt(CheckResult::start)
            .thenComparingInt(CheckResult::end)
            .thenComparing(CheckResult::outcome)
            .thenComparing(CheckResult::value, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(CheckResult::ledger, Comparator.nullsFirst(Comparator.naturalOrder()));
    private static final Comparator<Finding> FINDING_ORDER = Comparator.comparing(Finding::kind)
            .thenComparingInt(Finding::start)
            .thenComparingInt(Finding::end)
            .thenComparing(Finding::message);

    private final RuleBase rules;
    private final Map<String, Metric> metrics;
    private final KieSessionsPool sessions;
    private final List<Object> catalogueFacts;

    public Engine(RuleBase rules) {
        this.rules = rules;
        this.metrics = rules.catalogue().metricsById();
        this.catalogueFacts = catalogueFacts(rules.catalogue(), rules.symbols());
        // The pool creates its initial sessions at once and grows when workers ask for more: one for a single report.
        this.sessions = rules.kieBase().newKieSessionsPool(1);
    }

    /** What the rules concluded about one report, as the session holds it, before it becomes an {@link Assessment}. */
    public record Conclusions(ReportFacts facts, List<CheckResult> results, List<IndicatorVerdict> verdicts,
                              List<Finding> findings, LocalDate deadline) {}

    /** Assesses one report: {@link #conclude} then {@link #assess(Conclusions)}. */
    public Assessment assess(ReportFacts facts) {
        return assess(conclude(facts));
    }

    /** Runs the rules. Thread-safe: each call takes a session of its own from the pool and gives it back reset. */
    public Conclusions conclude(ReportFacts facts) {
        KieSession session = sessions.newKieSession();
        try {
            List<IndicatorVerdict> noEvidence = new ArrayList<>();   // filled by verdict.no_evidence
            session.setGlobal("noEvidence", noEvidence);
            ReportInfo report = reportInfo(facts.document(), rules.catalogue());
            session.insert(report);
            insertFacts(session, facts);
            session.fireAllRules();
            List<IndicatorVerdict> verdicts = new ArrayList<>(objects(session, IndicatorVerdict.class));
            verdicts.addAll(noEvidence);
            return new Conclusions(facts, objects(session, CheckResult.class), verdicts,
                    objects(session, Finding.class), report.deadline());
        } finally {
            session.dispose();
        }
    }

    /**
     * Turns the rules' conclusions into the verdict, evidence and shortfall of every indicator, and the score. Results
     * and findings are put in one fixed order first, whatever order the session returned them in.
     */
    public Assessment assess(Conclusions conclusions) {
        List<CheckResult> checkResults = new ArrayList<>(conclusions.results());
        checkResults.addAll(silentChecks(checkResults));
        checkResults.sort(RESULT_ORDER);
        Map<Integer, List<CheckResult>> byIndicator = new HashMap<>();
        for (CheckResult r : checkResults) {
            byIndicator.computeIfAbsent(r.indicator(), no -> new ArrayList<>()).add(r);
        }
        Map<Integer, IndicatorVerdict> verdicts = new HashMap<>();
        for (IndicatorVerdict v : conclusions.verdicts()) {
            verdicts.put(v.indicator(), v);
        }
        List<IndicatorResult> results = new ArrayList<>();
        for (Indicator indicator : rules.catalogue().indicators()) {
            results.add(result(indicator, verdicts.get(indicator.no()), byIndicator.getOrDefault(indicator.no(), List.of()),
                    conclusions.facts().document(), conclusions.facts().ledger()));
        }
        List<Finding> findings = new ArrayList<>(conclusions.findings());
        // What the reader had to leave out (a damaged PDF page) leaves the verdicts without part of the report.
        for (String warning : conclusions.facts().document().warnings()) {
            findings.add(new Finding("content_not_read", warning, -1, -1));
        }
        findings.sort(FINDING_ORDER);
        return new Assessment(conclusions.facts(), Score.of(results, rules.catalogue().scoring()), results, findings,
                conclusions.deadline());
    }

    /**
     * A result for every check that no rule answered: no evidence, or neutral for a check that only a negative fact or
     * an admitted shortfall would answer (silence about those is neither for nor against).
     */
    private List<CheckResult> silentChecks(List<CheckResult> answered) {
        Set<Long> seen = new HashSet<>();
        for (CheckResult r : answered) {
            seen.add((long) r.indicator() << 32 | r.check());
        }
        List<CheckResult> silent = new ArrayList<>();
        for (Indicator indicator : rules.catalogue().indicators()) {
            for (int c = 1; c <= indicator.checks().size(); c++) {
                if (!seen.contains((long) indicator.no() << 32 | c)) {
                    CheckType type = indicator.checks().get(c - 1).type();
                    Outcome outcome = type.passedBySilence() ? Outcome.NEUTRAL : Outcome.NO_EVIDENCE;
                    silent.add(new CheckResult(indicator.no(), c, outcome, null, null, null, -1, -1));
                }
            }
        }
        return silent;
    }

    /**
     * The facts every report's session starts from: the catalogue's indicators, the checks each needs answered before it
     * can be met (not those silence passes), ratios and required parts.
     */
    private static List<Object> catalogueFacts(Catalogue catalogue, SymbolTable symbols) {
        List<Object> facts = new ArrayList<>();
        for (Indicator indicator : catalogue.indicators()) {
            facts.add(new IndicatorSpec(indicator.no(), indicator.appliesTo()));
            for (int c = 1; c <= indicator.checks().size(); c++) {
                if (!indicator.checks().get(c - 1).type().passedBySilence()) {
                    facts.add(new RequiredCheck(indicator.no(), c));
                }
            }
        }
        for (Metric metric : catalogue.metrics()) {
            if (metric.ratio() != null) {
                facts.add(new RatioSpec(symbols.metricKey(metric.id()), symbols.metricKey(metric.ratio().part()),
                        symbols.metricKey(metric.ratio().whole())));
            }
        }
        facts.addAll(REQUIRED_PARTS);
        return List.copyOf(facts);
    }

    private void insertFacts(KieSession session, ReportFacts facts) {
        SymbolTable symbols = rules.symbols();
        catalogueFacts.forEach(session::insert);
        for (MetricFact fact : facts.metrics()) {
            Metric metric = fact.metric() == null ? null : metrics.get(fact.metric());
            // Most numbers a report states are of no catalogue metric. No rule matches those (RuleBaseTest keeps it
            // so), and in the session they would only fill the rules' join memories.
            if (metric != null) {
                session.insert(MetricValue.of(symbols.metricKey(fact.metric()), metric.kind(), fact,
                        facts.document().sentenceIndexAt(fact.start())));
            }
        }
        for (LedgerFact entry : facts.ledger()) {
            session.insert(MetricValue.ofLedger(symbols.metricKey(entry.metric()), metrics.get(entry.metric()).kind(),
                    entry));
        }
        for (Mention mention : facts.mentions()) {
            session.insert(TopicMention.of(symbols.topicKey(mention.topic()), mention));
        }
        for (Section section : facts.document().sections()) {
            session.insert(new SectionPresent(section.kind(), section.start()));
        }
    }

    private static ReportInfo reportInfo(Document document, Catalogue catalogue) {
        MonthDay day = document.unitLevel() == null ? null : catalogue.deadlines().get(document.unitLevel());
        LocalDate deadline = day == null || document.year() == null ? null : day.atYear(document.year() + 1);
        Published published = document.published();
        return published == null
                ? new ReportInfo(document.unitLevel(), null, -1, -1, deadline)
                : new ReportInfo(document.unitLevel(), published.date(), published.start(), published.end(), deadline);
    }

    private static <T> List<T> objects(KieSession session, Class<T> type) {
        return session.getObjects(new ClassObjectFilter(type)).stream().map(type::cast).toList();
    }

    private IndicatorResult result(Indicator indicator, IndicatorVerdict verdict, List<CheckResult> results,
                                          Document document, List<LedgerFact> ledger) {
        CheckResult decisive = decisive(verdict.verdict(), results);
        List<CheckOutcome> checks = new ArrayList<>();
        for (int c = 1; c <= indicator.checks().size(); c++) {
            checks.add(summarise(indicator, c, results));
        }
        String rule = decisive == null ? verdict.rule() : decisive.rule();
        BigDecimal shortfall = verdict.verdict() == Verdict.GAP && decisive != null && decisive.value() != null
                ? shortfall(indicator.checks().get(decisive.check() - 1).type(), decisive) : null;
        return new IndicatorResult(indicator, verdict.verdict(), rule, verdict.rule(),
                decisive == null ? null : decisive.threshold(),
                decisive == null ? null : decisive.value(),
                decisive == null ? null : unit(indicator, decisive),
                shortfall, decisive != null && decisive.derived(), checks,
                evidence(decisive, results, document, ledgerOf(indicator, ledger)));
    }

    /** The value's unit, or for a rate check that found no value "%", so that its threshold still reads "≥ 100%". */
    private String unit(Indicator indicator, CheckResult decisive) {
        if (decisive.unit() != null) {
            return decisive.unit();
        }
        Check check = indicator.checks().get(decisive.check() - 1);
        Metric metric = check.metric() == null ? null : metrics.get(check.metric());
        return metric != null && metric.kind() == MetricKind.RATE ? "%" : null;
    }

    /** The check result that explains the verdict best: the worst miss for a gap, a metric over a mention otherwise. */
    private static CheckResult decisive(Verdict verdict, List<CheckResult> results) {
        Outcome wanted = switch (verdict) {
            case GAP -> Outcome.GAP;
            case MET -> Outcome.MET;
            case ON_SITE -> Outcome.ON_SITE;
            // For a partial verdict, the check still lacking evidence is what the office has to act on.
            case PARTIAL, NO_EVIDENCE -> Outcome.NO_EVIDENCE;
            case NOT_APPLICABLE -> null;
        };
        return results.stream()
                .filter(r -> r.outcome() == wanted)
                .min(Comparator.comparing((CheckResult r) -> r.value() == null)
                        .thenComparing(r -> r.value() == null || r.threshold() == null ? BigDecimal.ZERO
                                : r.threshold().subtract(r.value()).abs().negate())
                        .thenComparingInt(CheckResult::check)
                        .thenComparingInt(CheckResult::start))
                .orElse(null);
    }

    /** A check's outcome: a gap if any of its results is one, else its first result's; shown by that result. */
    private static CheckOutcome summarise(Indicator indicator, int c, List<CheckResult> results) {
        Check check = indicator.checks().get(c - 1);
        CheckResult shown = null;
        for (CheckResult r : results) {
            if (r.check() == c && (shown == null || r.outcome() == Outcome.GAP && shown.outcome() != Outcome.GAP)) {
                shown = r;
            }
        }
        Outcome outcome = shown == null ? Outcome.NO_EVIDENCE : shown.outcome();
        return new CheckOutcome(DrlGenerator.ruleName(indicator, c), check.type(), outcome,
                check.threshold(), shown == null ? null : shown.value(), shown == null ? null : shown.unit());
    }

    private static BigDecimal shortfall(CheckType type, CheckResult r) {
        return switch (type) {
            case METRIC_AT_LEAST -> r.threshold().subtract(r.value());
            case METRIC_AT_MOST, METRIC_ZERO -> r.value().subtract(r.threshold());
            default -> null;
        };
    }

    /** The ledger entries for the metrics the indicator's checks read. */
    private static List<LedgerFact> ledgerOf(Indicator indicator, List<LedgerFact> ledger) {
        if (ledger.isEmpty()) {
            return List.of();
        }
        return ledger.stream()
                .filter(entry -> indicator.checks().stream().anyMatch(c -> entry.metric().equals(c.metric())))
                .toList();
    }

    /**
     * The decisive result's evidence first, then the others'; a ledger entry the checks did not use, because the report
     * gives that figure itself, is still shown after them, beside the text it disagrees with.
     */
    private static List<Evidence> evidence(CheckResult decisive, List<CheckResult> results, Document document,
            List<LedgerFact> ledger) {
        Map<String, Evidence> spans = new LinkedHashMap<>();
        List<CheckResult> ordered = new ArrayList<>(results);
        ordered.sort(Comparator.comparing((CheckResult r) -> r != decisive).thenComparingInt(CheckResult::start));
        for (CheckResult r : ordered) {
            if (r.ledger() != null) {
                spans.computeIfAbsent("ledger:" + r.ledger(), key -> Evidence.fromLedger(quantity(r), r.ledger()));
            } else if (r.hasEvidence()) {
                spans.computeIfAbsent(r.start() + ":" + r.end(), key -> textEvidence(document, r.start(), r.end()));
            }
        }
        for (LedgerFact entry : ledger) {
            spans.computeIfAbsent("ledger:" + entry.source(), key -> Evidence.fromLedger(
                    entry.value().stripTrailingZeros().toPlainString() + entry.unit(), entry.source()));
        }
        return List.copyOf(spans.values());
    }

    private static String quantity(CheckResult r) {
        return r.value().stripTrailingZeros().toPlainString() + (r.unit() == null ? "" : r.unit());
    }

    private static Evidence textEvidence(Document document, int start, int end) {
        String span = document.text().substring(start, end);
        Sentence s = document.sentenceAt(start);
        return s == null ? Evidence.fromText(span, start, end, null, -1)
                : Evidence.fromText(span, start, end, document.text().substring(s.start(), s.end()), s.start());
    }
}
