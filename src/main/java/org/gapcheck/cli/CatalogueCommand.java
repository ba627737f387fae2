package org.gapcheck.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.gapcheck.catalogue.Catalogue;
import org.gapcheck.catalogue.CatalogueException;
import org.gapcheck.engine.RuleBase;
import org.gapcheck.report.TerminalText;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "catalogue", description = "指标目录相关操作。", synopsisHeading = "用法：",
        commandListHeading = "%n命令：%n", synopsisSubcommandLabel = "命令",
        subcommands = CatalogueCommand.Validate.class)
final class CatalogueCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "显示帮助并退出")
    boolean help;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "请指定子命令，例如 validate");
    }

    @Command(name = "validate", description = "校验指标目录文件，并确认其生成的规则可以编译。",
            synopsisHeading = "用法：", optionListHeading = "%n选项：%n", parameterListHeading = "%n参数：%n")
    static final class Validate implements Callable<Integer> {
        @Parameters(paramLabel = "FILE", description = "指标目录 YAML 文件")
        Path file;

        @Option(names = "--debug", description = "出错时显示详细的堆栈信息")
        boolean debug;

        @Option(names = {"-h", "--help"}, usageHelp = true, description = "显示帮助并退出")
        boolean help;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            try {
                Catalogue catalogue = Catalogues.load(file);
                RuleBase.build(catalogue);
                long checks = catalogue.indicators().stream().mapToLong(i -> i.checks().size()).sum();
                spec.commandLine().getOut().printf("%s：有效。%d 项指标，%d 项检查，%d 个数据项，%d 个主题；规则编译通过。%n",
                        TerminalText.visible(file.toString()), catalogue.indicators().size(), checks, catalogue.metrics().size(),
                        catalogue.topics().size());
                spec.commandLine().getOut().flush();
                return Main.OK;
            } catch (CatalogueException e) {
                Failure.report(spec.commandLine().getErr(), e.getMessage(), e, debug);
                return Main.BAD_INPUT;
            }
        }
    }
}
