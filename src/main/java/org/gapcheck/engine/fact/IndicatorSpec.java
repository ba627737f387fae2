package org.gapcheck.engine.fact;

import java.util.Set;
import org.gapcheck.catalogue.UnitLevel;

/** An indicator as the verdict rules see it. */
public record IndicatorSpec(int no, Set<UnitLevel> appliesTo) {}
