package org.gapcheck.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gapcheck.catalogue.Catalogue;
import org.gapcheck.catalogue.Check;
import org.gapcheck.catalogue.Indicator;
import org.gapcheck.catalogue.Metric;
import org.gapcheck.catalogue.MetricKind;
import org.gapcheck.catalogue.UnitLevel;
import org.gapcheck.engine.Assessment;
import org.gapcheck.engine.Evidence;
import org.gapcheck.engine.IndicatorResult;
import org.gapcheck.engine.Verdict;
import org.gapcheck.extract.MetricFact;
import org.gapcheck.extract.Period;
import org.gapcheck.extract.Scope;
import org.gapcheck.ingest.Document;
import org.gapcheck.ingest.SectionKind;

/**
 * The same unit in two years, OLD against NEW: both headers and the score change, the catalogue metrics either report
 * states for its own year side by side, every indicator whose verdict changed, and the verdict counts. The Chinese
 * wording of a change lives here, so that every format says the same thing. {@code warnings} are Chinese notes for
 * comparisons that may not mean what they seem (different units, OLD not earlier than NEW).
 */
public record YearComparison(Side older, Side newer, BigDecimal scoreChange, List<String> warnings,
                             List<VerdictCount> counts, List<MetricRow> metrics, List<IndicatorChange> changes) {

    public YearComparison {
        warnings = List.copyOf(warnings);
        counts = List.copyOf(counts);
        metrics = List.copyOf(metrics);
        changes = List.copyOf(changes);
    }

    /** One report of the pair; {@code title} reads "天津市红桥区人民政府 2020年度（区县政府）". */
    public record Side(String report, String title, String unit, UnitLevel unitLevel, Integer year, BigDecimal score) {
        static Side of(Assessment a) {
            Document d = a.facts().document();
            return new Side(d.name(), Texts.title(a), d.unit(), d.unitLevel(), d.year(), a.score().percent());
        }
    }

    public record VerdictCount(Verdict verdict, long older, long newer) {
        public long change() {
            return newer - older;
        }
    }

    /**
     * A value as one report states it; {@code qualifier} is the hedge of the text (余 约 以上…), {@code span} the
     * stated words and {@code start}/{@code end} their offsets in that report.
     */
    public record StatedValue(BigDecimal value, String unit, String qualifier, String span, int start, int end) {
        static StatedValue of(MetricFact f) {
            return new StatedValue(f.value(), f.unit() == null ? "" : f.unit(),
                    f.qualifier() == null ? "" : f.qualifier(), f.text(), f.start(), f.end());
        }

        /** "81.25%", "20余次", "约300件", "100人以上": the hedge where Chinese puts it. */
        public String display() {
            String number = Texts.number(value);
            return switch (qualifier) {
                case "余", "多" -> number + qualifier + unit;
                case "以上" -> number + unit + qualifier;
                default -> qualifier + number + unit;
            };
        }
    }

    /**
     * A catalogue metric with the value each report states for its own year (null when it states none), the
     * difference NEW − OLD ({@code delta}; null when a side is missing or the units cannot be compared), the relative
     * change in percent for counts and amounts (null for rates and from zero) and the change in words.
     */
    public record MetricRow(String metric, String name, StatedValue older, StatedValue newer, BigDecimal delta,
                            BigDecimal relativePercent, String change) {}

    /**
     * An indicator whose verdict differs between the years. {@code olderShortfall} is how far OLD was from the
     * threshold ("差 18.75 个百分点"), {@code shortfall} and {@code evidence} are NEW's (empty / null when none).
     */
    public record IndicatorChange(int no, String code, String title, Verdict older, Verdict newer,
                                  String olderShortfall, String shortfall, Evidence evidence) {
        public boolean isNewGap() {
            return newer == Verdict.GAP && older != Verdict.GAP;
        }

        public boolean isResolvedGap() {
            return older == Verdict.GAP && newer != Verdict.GAP;
        }
    }

    /** The column head for OLD: its year, or 旧报告 when the years are unknown or the same. */
    public String olderLabel() {
        return distinctYears() ? older.year() + "年" : "旧报告";
    }

    public String newerLabel() {
        return distinctYears() ? newer.year() + "年" : "新报告";
    }

    private boolean distinctYears() {
        return older.year() != null && newer.year() != null && !older.year().equals(newer.year());
    }

    /** 未达标 now and not before. */
    public List<IndicatorChange> newGaps() {
        return changes.stream().filter(IndicatorChange::isNewGap).toList();
    }

    /** 未达标 before and not now. */
    public List<IndicatorChange> resolvedGaps() {
        return changes.stream().filter(IndicatorChange::isResolvedGap).toList();
    }

    public static YearComparison of(Catalogue catalogue, Assessment older, Assessment newer) {
        Side oldSide = Side.of(older);
        Side newSide = Side.of(newer);
        BigDecimal scoreChange = oldSide.score() == null || newSide.score() == null ? null
                : newSide.score().subtract(oldSide.score());
        List<VerdictCount> counts = new ArrayList<>();
        for (Verdict v : Verdict.values()) {
            counts.add(new VerdictCount(v, older.count(v), newer.count(v)));
        }
        return new YearComparison(oldSide, newSide, scoreChange, warnings(oldSide, newSide), counts,
                metricRows(catalogue, older, newer), changes(catalogue, older, newer));
    }

    private static List<String> warnings(Side older, Side newer) {
        List<String> warnings = new ArrayList<>();
        if (older.unit() == null || newer.unit() == null) {
            warnings.add("未能识别" + (older.unit() == null ? "旧" : "新") + "报告的单位，无法确认两份报告出自同一单位。");
        } else if (!sameUnit(older, newer)) {
            warnings.add("两份报告的单位不同（旧：" + unitWithLevel(older) + "；新：" + unitWithLevel(newer)
                    + "），对比结果仅供参考。");
        }
        if (older.year() == null || newer.year() == null) {
            warnings.add("未能识别" + (older.year() == null ? "旧" : "新") + "报告的年度，无法确认两份报告的先后。");
        } else if (older.year().equals(newer.year())) {
            warnings.add("两份报告同为 " + older.year() + "年度，请确认是否选对了文件。");
        } else if (older.year() > newer.year()) {
            warnings.add("旧报告（" + older.year() + "年度）晚于新报告（" + newer.year()
                    + "年度），请确认参数顺序：gapcheck compare 旧报告 新报告。");
        }
        return warnings;
    }

    /** 红桥区人民政府 and 天津市红桥区人民政府 are one unit: a report may or may not name the city above it. */
    private static boolean sameUnit(Side a, Side b) {
        if (a.unitLevel() != null && b.unitLevel() != null && a.unitLevel() != b.unitLevel()) {
            return false;
        }
        String x = a.unit().replaceAll("\\s+", "").replace("人民政府", "政府");
        String y = b.unit().replaceAll("\\s+", "").replace("人民政府", "政府");
        return x.endsWith(y) || y.endsWith(x);
    }

    private static String unitWithLevel(Side s) {
        return s.unit() + (s.unitLevel() == null ? "" : "，" + s.unitLevel().label());
    }

    private static List<MetricRow> metricRows(Catalogue catalogue, Assessment older, Assessment newer) {
        Map<String, MetricFact> oldValues = statedValues(catalogue, older);
        Map<String, MetricFact> newValues = statedValues(catalogue, newer);
        List<MetricRow> rows = new ArrayList<>();
        for (Metric metric : catalogue.metrics()) {
            MetricFact o = oldValues.get(metric.id());
            MetricFact n = newValues.get(metric.id());
            if (o != null || n != null) {
                rows.add(row(metric, o == null ? null : StatedValue.of(o), n == null ? null : StatedValue.of(n)));
            }
        }
        return rows;
    }

    /**
     * Per metric, the value the report states for its own current year outside its plans; of several, the one a
     * verdict was decided on, else the first.
     */
    private static Map<String, MetricFact> statedValues(Catalogue catalogue, Assessment a) {
        Set<String> decidingSpans = decidingSpans(a);
        Map<String, MetricFact> values = new LinkedHashMap<>();
        for (MetricFact f : a.facts().metrics()) {
            if (f.metric() == null || catalogue.metric(f.metric()).isEmpty() || f.period() != Period.CURRENT
                    || f.scope() != Scope.OWN || f.section() == SectionKind.PLANS) {
                continue;
            }
            MetricFact chosen = values.get(f.metric());
            if (chosen == null || !decided(chosen, decidingSpans) && decided(f, decidingSpans)) {
                values.put(f.metric(), f);
            }
        }
        return values;
    }

    /** The stated (not derived) metric values that decided a verdict, keyed by metric, span and value. */
    private static Set<String> decidingSpans(Assessment a) {
        Set<String> spans = new HashSet<>();
        for (IndicatorResult r : a.indicators()) {
            if (r.value() == null || r.derived() || r.evidence().isEmpty() || r.evidence().get(0).isLedger()) {
                continue;
            }
            Check deciding = decidingCheck(r);
            if (deciding != null && deciding.metric() != null) {
                Evidence e = r.evidence().get(0);
                spans.add(span(deciding.metric(), e.start(), e.end(), r.value()));
            }
        }
        return spans;
    }

    /** The catalogue check named by the result's rule: the outcomes are in the indicator's check order. */
    private static Check decidingCheck(IndicatorResult r) {
        for (int i = 0; i < r.checks().size(); i++) {
            if (r.checks().get(i).rule().equals(r.rule())) {
                return r.indicator().checks().get(i);
            }
        }
        return null;
    }

    private static boolean decided(MetricFact f, Set<String> decidingSpans) {
        return decidingSpans.contains(span(f.metric(), f.start(), f.end(), f.value()));
    }

    private static String span(String metric, int start, int end, BigDecimal value) {
        return metric + "@" + start + ":" + end + "=" + value.stripTrailingZeros().toPlainString();
    }

    static MetricRow row(Metric metric, StatedValue older, StatedValue newer) {
        if (older == null || newer == null) {
            return new MetricRow(metric.id(), metric.name(), older, newer, null, null, older == null ? "新增数据" : "不再报告");
        }
        boolean rate = "%".equals(older.unit()) && "%".equals(newer.unit());
        // 件 and 起 both count cases; 万元 and 亿元 are different scales of money.
        boolean comparable = older.unit().equals(newer.unit()) || older.unit().isEmpty() || newer.unit().isEmpty()
                || metric.kind() != MetricKind.AMOUNT;
        if (!comparable) {
            return new MetricRow(metric.id(), metric.name(), older, newer, null, null,
                    "单位不同（" + older.unit() + " / " + newer.unit() + "），未比较");
        }
        BigDecimal delta = newer.value().subtract(older.value());
        BigDecimal relative = rate || older.value().signum() == 0 ? null
                : delta.multiply(BigDecimal.valueOf(100)).divide(older.value().abs(), 1, RoundingMode.HALF_UP);
        String hedge = older.qualifier().isEmpty() && newer.qualifier().isEmpty() ? "" : "约 ";
        String change;
        if (delta.signum() == 0) {
            change = hedge.isEmpty() ? "持平" : "大致持平";
        } else if (rate) {
            change = hedge + signed(delta) + " 个百分点";
        } else {
            String unit = newer.unit().isEmpty() ? older.unit() : newer.unit();
            change = hedge + signed(delta) + (unit.isEmpty() ? "" : " " + unit)
                    + (relative == null ? "" : "（" + signed(relative) + "%）");
        }
        return new MetricRow(metric.id(), metric.name(), older, newer, delta, relative, change);
    }

    private static String signed(BigDecimal n) {
        return (n.signum() > 0 ? "+" : "") + Texts.number(n);
    }

    private static List<IndicatorChange> changes(Catalogue catalogue, Assessment older, Assessment newer) {
        Map<String, IndicatorResult> oldByCode = byCode(older);
        Map<String, IndicatorResult> newByCode = byCode(newer);
        List<IndicatorChange> changes = new ArrayList<>();
        for (Indicator indicator : catalogue.indicators()) {
            IndicatorResult o = oldByCode.get(indicator.code());
            IndicatorResult n = newByCode.get(indicator.code());
            if (o != null && n != null && o.verdict() != n.verdict()) {
                changes.add(new IndicatorChange(indicator.no(), indicator.code(), indicator.title(), o.verdict(),
                        n.verdict(), Texts.shortfall(o), Texts.shortfall(n),
                        n.evidence().isEmpty() ? null : n.evidence().get(0)));
            }
        }
        return changes;
    }

    private static Map<String, IndicatorResult> byCode(Assessment a) {
        Map<String, IndicatorResult> map = new LinkedHashMap<>();
        a.indicators().forEach(r -> map.put(r.indicator().code(), r));
        return map;
    }
}
