package org.gapcheck.catalogue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** A validated criteria catalogue: metrics, topics and the indicators whose checks refer to them. */
public record Catalogue(String edition, String title, List<Metric> metrics, List<Topic> topics, List<Indicator> indicators) {

    public Catalogue {
        metrics = List.copyOf(metrics);
        topics = List.copyOf(topics);
        indicators = List.copyOf(indicators);
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
