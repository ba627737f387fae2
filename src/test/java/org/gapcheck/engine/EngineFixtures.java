package org.gapcheck.engine;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.gapcheck.catalogue.Catalogue;
import org.gapcheck.catalogue.Check;
import org.gapcheck.catalogue.CheckType;
import org.gapcheck.catalogue.Indicator;
import org.gapcheck.catalogue.Metric;
import org.gapcheck.catalogue.MetricKind;
import org.gapcheck.catalogue.Provenance;
import org.gapcheck.catalogue.Topic;
import org.gapcheck.catalogue.UnitLevel;
import org.gapcheck.extract.Mention;
import org.gapcheck.extract.MetricFact;
import org.gapcheck.extract.Period;
import org.gapcheck.extract.Polarity;
import org.gapcheck.extract.ReportFacts;
import org.gapcheck.extract.Scope;
import org.gapcheck.ingest.Document;
import org.gapcheck.ingest.Published;
import org.gapcheck.ingest.Section;
import org.gapcheck.ingest.SectionKind;
import org.gapcheck.ingest.Sentence;

/** A small catalogue and hand-made facts, so engine tests do not depend on extraction quality. */
final class EngineFixtures {
    private EngineFixtures() {}

    static final Set<UnitLevel> ALL = Set.of(UnitLevel.values());

    static Catalogue catalogue() {
        return new Catalogue("test", "测试目录",
                List.of(new Metric("court_appearance_rate", "行政机关负责人出庭应诉率", MetricKind.RATE, List.of("出庭应诉率")),
                        new Metric("litigation_lost", "败诉案件", MetricKind.COUNT, List.of("败诉")),
                        new Metric("litigation_cases", "行政应诉案件", MetricKind.COUNT, List.of("应诉案件")),
                        new Metric("litigation_loss_rate", "行政诉讼败诉率", MetricKind.RATE, List.of("败诉率"), List.of(),
                                new Metric.Ratio("litigation_lost", "litigation_cases"))),
                List.of(new Topic("court_appearance", "出庭应诉", List.of("出庭应诉")),
                        new Topic("first_responsible_person", "第一责任人", List.of("第一责任人")),
                        new Topic("lawsuit_lost", "行政诉讼败诉", List.of("败诉"), true)),
                List.of(indicator(61, "LEADER_COURT_APPEARANCE", ALL,
                                new Check(CheckType.METRIC_AT_LEAST, "court_appearance_rate", null, new BigDecimal("100")),
                                new Check(CheckType.MENTIONED, null, "court_appearance", null)),
                        indicator(82, "LITIGATION_RESPONSE", ALL,
                                new Check(CheckType.METRIC_ZERO, "litigation_lost", null, null)),
                        indicator(96, "FIRST_RESPONSIBLE_PERSON", Set.of(UnitLevel.DISTRICT_GOVERNMENT),
                                new Check(CheckType.MENTIONED, null, "first_responsible_person", null),
                                new Check(CheckType.NOT_ADMITTED_GAP, null, "first_responsible_person", null)),
                        indicator(90, "EXEC_MEETING_LAW_STUDY", ALL, new Check(CheckType.ON_SITE, null, null, null)),
                        indicator(83, "LITIGATION_LOSS_RATE", ALL,
                                new Check(CheckType.METRIC_AT_MOST, "litigation_loss_rate", null, new BigDecimal("5")),
                                new Check(CheckType.NOT_REPORTED, null, "lawsuit_lost", null)),
                        indicator(97, "ANNUAL_REPORT", ALL, new Check(CheckType.REPORT_COMPLETE, null, null, null),
                                new Check(CheckType.PUBLISHED_ON_TIME, null, null, null))));
    }

    static Indicator indicator(int no, String code, Set<UnitLevel> appliesTo, Check... checks) {
        return new Indicator(no, code, "一级", "二级", "标题" + no, "要求", Provenance.RECONSTRUCTED, appliesTo,
                BigDecimal.ONE, List.of(checks), "整改建议");
    }

    /** A one-line report; facts are located by the given substrings of it. */
    static ReportFacts facts(String text, UnitLevel level, List<MetricFact> metrics, List<Mention> mentions) {
        return facts(text, level, null, metrics, mentions);
    }

    /** As above, for a report of 2023 whose page states {@code published} (null: no date). */
    static ReportFacts facts(String text, UnitLevel level, LocalDate published, List<MetricFact> metrics,
                             List<Mention> mentions) {
        Document doc = new Document("t.txt", text, text,
                List.of(new Section("一、主要举措和成效", SectionKind.ACHIEVEMENTS, 0, text.length())),
                List.of(new Sentence(0, text.length(), SectionKind.ACHIEVEMENTS)), "测试区人民政府", level, 2023,
                published == null ? null : new Published(published, 0, 1));
        return new ReportFacts(doc, metrics, mentions);
    }

    static MetricFact count(String text, String span, String id, String value) {
        int start = text.indexOf(span);
        return new MetricFact(id, id, new BigDecimal(value), "件", "", Period.CURRENT, Scope.OWN, SectionKind.ACHIEVEMENTS,
                start, start + span.length(), span);
    }

    static MetricFact metric(String text, String span, String id, String value, Period period) {
        int start = text.indexOf(span);
        return new MetricFact(id, id, new BigDecimal(value), "%", "", period, Scope.OWN, SectionKind.ACHIEVEMENTS,
                start, start + span.length(), span);
    }

    static Mention mention(String text, String span, String topic, Polarity polarity) {
        int start = text.indexOf(span);
        return new Mention(topic, polarity, SectionKind.ACHIEVEMENTS, start, start + span.length(), span);
    }
}
