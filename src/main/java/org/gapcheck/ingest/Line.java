package org.gapcheck.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A non-blank line of a report as offsets of its first and after its last non-blank char. */
record Line(int start, int end) {

    /** The non-blank lines of {@code text}, split on \n, \r\n and \r. */
    static List<Line> split(String text) {
        List<Line> lines = new ArrayList<>();
        int lineStart = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == '\n' || text.charAt(i) == '\r') {
                trimmed(text, lineStart, i).ifPresent(lines::add);
                lineStart = i + 1;
            }
        }
        return lines;
    }

    /** The range {@code [start, end)} without its leading and trailing blanks, if anything is left. */
    static Optional<Line> trimmed(String text, int start, int end) {
        while (start < end && isBlank(text.charAt(start))) {
            start++;
        }
        while (end > start && isBlank(text.charAt(end - 1))) {
            end--;
        }
        return start < end ? Optional.of(new Line(start, end)) : Optional.empty();
    }

    /** Blank in the sense of a report's layout: ASCII and full-width spaces, no-break spaces and stray BOMs. */
    static boolean isBlank(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF';
    }

    String of(String text) {
        return text.substring(start, end);
    }

    int length() {
        return end - start;
    }
}
