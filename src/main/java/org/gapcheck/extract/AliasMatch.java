package org.gapcheck.extract;

import java.util.List;
import org.gapcheck.catalogue.Metric;

/** An occurrence of a metric alias in normalized text, with every metric that uses that alias. */
record AliasMatch(String alias, List<Metric> metrics, int start, int end) {}
