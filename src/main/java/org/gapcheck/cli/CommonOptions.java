package org.gapcheck.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Options every command that reads a catalogue shares. */
final class CommonOptions {
    @Option(names = "--catalogue", paramLabel = "FILE", description = "指标目录 YAML 文件（默认使用内置的 demo-2021）")
    Path catalogue;

    @Option(names = "--no-cache", description = "不使用也不写入已编译规则的缓存（缓存位于 ~/.cache/gapcheck/rules，"
            + "可用环境变量 GAPCHECK_CACHE_DIR 改到别处）")
    boolean noCache;

    @Option(names = "--profile", description = "结束时在标准错误输出各阶段（规则加载、读取、抽取、规则判定、结论整理、输出）的 CPU 时间")
    boolean profile;

    @Option(names = "--debug", description = "出错时显示详细的堆栈信息")
    boolean debug;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "显示帮助并退出")
    boolean help;
}
