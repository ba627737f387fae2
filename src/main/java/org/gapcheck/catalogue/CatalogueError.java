package org.gapcheck.catalogue;

/**
 * One problem found in a catalogue file. {@code line} and {@code column} are 1-based (0 when the file could not be read at
 * all); {@code indicator} names the indicator at fault, e.g. "I061 LEADER_COURT_APPEARANCE", or is null; {@code field} is
 * the path of the field at fault, relative to the indicator when there is one (e.g. "checks[0].threshold"), or null.
 */
public record CatalogueError(String file, int line, int column, String indicator, String field, String message) {

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder(file);
        if (line > 0) {
            text.append(':').append(line).append(':').append(column);
        }
        text.append(": ");
        boolean located = false;
        if (indicator != null) {
            String label = indicatorLabel();
            text.append("指标 ").append(label);
            if (!label.endsWith("）")) {
                text.append(' ');
            }
            located = true;
        }
        if (field != null) {
            text.append("字段 ").append(field);
            located = true;
        }
        if (located) {
            trimTrailingSpace(text);
            text.append('：');
        }
        return text.append(message).toString();
    }

    /** "I061 LEADER_COURT_APPEARANCE" reads as "I061（LEADER_COURT_APPEARANCE）". */
    private String indicatorLabel() {
        int space = indicator.indexOf(' ');
        return space < 0 ? indicator : indicator.substring(0, space) + "（" + indicator.substring(space + 1) + "）";
    }

    private static void trimTrailingSpace(StringBuilder text) {
        while (text.length() > 0 && text.charAt(text.length() - 1) == ' ') {
            text.setLength(text.length() - 1);
        }
    }
}
