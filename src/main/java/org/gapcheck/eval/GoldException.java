package org.gapcheck.eval;

import java.nio.file.Path;

/** A gold file that is missing or cannot be read; the message names the file and says why, in Chinese. */
public class GoldException extends Exception {
    public GoldException(Path file, String reason) {
        super(file + "：" + reason);
    }
}
