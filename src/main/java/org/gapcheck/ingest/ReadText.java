package org.gapcheck.ingest;

import java.util.List;

/** A report file's text, and the parts of the file the reader had to leave out (Chinese, one sentence each). */
record ReadText(String text, List<String> warnings) {
    ReadText {
        warnings = List.copyOf(warnings);
    }

    ReadText(String text) {
        this(text, List.of());
    }
}
