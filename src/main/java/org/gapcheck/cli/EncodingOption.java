package org.gapcheck.cli;

import java.nio.charset.Charset;
import picocli.CommandLine.Option;

/** --encoding, for every command that reads reports. */
final class EncodingOption {
    @Option(names = "--encoding", paramLabel = "CHARSET", description = "强制按此编码读取 .txt 和 .html（如 GB18030、UTF-8）")
    Charset charset;
}
