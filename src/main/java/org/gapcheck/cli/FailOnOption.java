package org.gapcheck.cli;

import java.util.stream.Stream;
import org.gapcheck.engine.Verdict;
import picocli.CommandLine.Option;

/** --fail-on, shared by check and batch: exit code 1 when a verdict at or above the level occurs. */
final class FailOnOption {
    @Option(names = "--fail-on", defaultValue = "none", paramLabel = "LEVEL",
            description = "出现此级别及更严重的结论时以退出码 1 结束：none（默认）、gap、partial、no_evidence")
    FailOn level;

    boolean failing(Stream<Verdict> verdicts) {
        return verdicts.anyMatch(level::fails);
    }
}
