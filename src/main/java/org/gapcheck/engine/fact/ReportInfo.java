package org.gapcheck.engine.fact;

import java.time.LocalDate;
import org.gapcheck.catalogue.UnitLevel;

/**
 * The report being judged. {@code unitLevel} is null when the report does not say what kind of body wrote it;
 * {@code published} (with its span) when no publication date is stated; {@code deadline} when the report's year or
 * unit level is unknown.
 */
public record ReportInfo(UnitLevel unitLevel, LocalDate published, int publishedStart, int publishedEnd,
                         LocalDate deadline) {

    public boolean late() {
        return published != null && deadline != null && published.isAfter(deadline);
    }
}
