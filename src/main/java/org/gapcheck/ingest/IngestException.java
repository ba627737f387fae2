package org.gapcheck.ingest;

import java.nio.file.Path;

/** A report file that cannot be turned into a {@link Document}; the reason is a Chinese sentence meant for the user. */
public class IngestException extends Exception {

    private final transient Path path;
    private final String reason;

    public IngestException(Path path, String reason) {
        super(path + "：" + reason);
        this.path = path;
        this.reason = reason;
    }

    public IngestException(Path path, String reason, Throwable cause) {
        this(path, reason);
        initCause(cause);
    }

    public Path path() { return path; }

    /** The problem alone, without the path, e.g. {@code 文件为空}. */
    public String reason() { return reason; }
}
