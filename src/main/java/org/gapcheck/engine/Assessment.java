package org.gapcheck.engine;

import java.time.LocalDate;
import java.util.List;
import org.gapcheck.engine.fact.Finding;
import org.gapcheck.extract.ReportFacts;

/**
 * Everything gapcheck concludes about one report: the single model every renderer reads. {@code deadline} is the day
 * the report had to be published by (null when its year or unit level is unknown).
 */
public record Assessment(ReportFacts facts, Score score, List<IndicatorResult> indicators, List<Finding> findings,
                         LocalDate deadline) {

    public Assessment {
        indicators = List.copyOf(indicators);
        findings = List.copyOf(findings);
    }

    public long count(Verdict verdict) {
        return indicators.stream().filter(r -> r.verdict() == verdict).count();
    }
}
