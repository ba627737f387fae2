package org.gapcheck.engine.fact;

import org.gapcheck.catalogue.UnitLevel;

/** The report being judged; {@code unitLevel} is null when the report does not say what kind of body wrote it. */
public record ReportInfo(UnitLevel unitLevel) {}
