package org.gapcheck.catalogue;

import java.time.MonthDay;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A validated criteria catalogue: metrics, topics and the indicators whose checks refer to them, how verdicts score,
 * and by which day of the following year each kind of unit must publish its report.
 */
public record Catalogue(String edition, String title, List<Metric> metrics, List<Topic> topics, List<Indicator> indicators,
                        Scoring scoring, Map<UnitLevel, MonthDay> deadlines) {

    /** 《法治政府建设与责任落实督察工作规定》: governments publish by 4月1日; departments report by 3月1日. */
    public static final Map<UnitLevel, MonthDay> DEFAULT_DEADLINES = Map.of(
            UnitLevel.DISTRICT_GOVERNMENT, MonthDay.of(4, 1),
            UnitLevel.DEPARTMENT, MonthDay.of(3, 1),
            UnitLevel.SUBDISTRICT, MonthDay.of(4, 1));

    public Catalogue {
        metrics = List.copyOf(metrics);
        topics = List.copyOf(topics);
        indicators = List.copyOf(indicators);
        deadlines = deadlines.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(deadlines));
    }

    public Catalogue(String edition, String title, List<Metric> metrics, List<Topic> topics, List<Indicator> indicators) {
        this(edition, title, metrics, topics, indicators, Scoring.DEFAULT, DEFAULT_DEADLINES);
    }

    public Optional<Metric> metric(String id) {
        return metrics.stream().filter(m -> m.id().equals(id)).findFirst();
    }

    public Optional<Indicator> indicator(int no) {
        return indicators.stream().filter(i -> i.no() == no).findFirst();
    }

    public Map<String, Metric> metricsById() {
        return metrics.stream().collect(Collectors.toMap(Metric::id, Function.identity()));
    }
}
