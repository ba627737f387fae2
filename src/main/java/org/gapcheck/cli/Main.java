package org.gapcheck.cli;

import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.gapcheck.engine.UnsafeCacheFolderException;
import org.gapcheck.report.TerminalText;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The gapcheck command line: subcommands, Chinese help, UTF-8 output and the exit codes of DESIGN.md. */
@Command(name = "gapcheck",
        description = "对照《市县法治政府建设示范指标体系》（2021年版）检查法治政府建设年度报告，输出差距清单。",
        synopsisHeading = "用法：",
        descriptionHeading = "%n",
        optionListHeading = "%n选项：%n",
        parameterListHeading = "%n参数：%n",
        commandListHeading = "%n命令：%n",
        synopsisSubcommandLabel = "命令",
        footerHeading = "%n",
        footer = "退出码：0 正常完成；1 存在达到 --fail-on 级别的结论；2 用法错误；3 输入无法读取或指标目录无效。")
public final class Main implements Runnable {
    static final int OK = 0;
    static final int FINDINGS = 1;
    static final int USAGE = 2;
    static final int BAD_INPUT = 3;

    static {
        // POI logs through the Log4j API, and the build carries no Log4j implementation: unless told which to use, the
        // API prints "could not find a logging provider" on stderr at the first workbook. Its own simple logger says
        // nothing below ERROR, so only POI's real errors still show. A user's own choice of provider is kept.
        if (System.getProperty("log4j2.loggerContextFactory") == null && System.getProperty("log4j2.provider") == null
                && System.getProperty("log4j.provider") == null) {
            System.setProperty("log4j2.loggerContextFactory",
                    "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
        }
        // PDFBox logs through Commons Logging, which would pass its notes on a damaged PDF, stack traces and all, to that
        // simple logger on stderr. The PDF reader already turns a damaged file into one line for the user, so PDFBox's
        // notes are dropped (Commons Logging has no other user here). A user's own choice is kept.
        if (System.getProperty("org.apache.commons.logging.LogFactory") == null
                && System.getProperty("org.apache.commons.logging.Log") == null) {
            System.setProperty("org.apache.commons.logging.LogFactory", "org.apache.commons.logging.impl.LogFactoryImpl");
            System.setProperty("org.apache.commons.logging.Log", "org.apache.commons.logging.impl.NoOpLog");
        }
    }

    /** The subcommands, in the order the help lists them. */
    private static final List<Class<?>> COMMANDS = List.of(CheckCommand.class, FactsCommand.class, RulesCommand.class,
            CatalogueCommand.class, EvalCommand.class, CompareCommand.class, BatchCommand.class);

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.Option(names = {"-h", "--help"}, usageHelp = true, description = "显示帮助并退出")
    boolean help;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "请指定命令，例如 check");
    }

    public static void main(String[] args) {
        // Standard output carries gapcheck's own output alone (a report, the ranking), often into a file or a pipe.
        // Whatever a library prints there (a logger set up for the console, a stray println) goes to stderr instead.
        PrintStream stdout = System.out;
        System.setOut(System.err);
        System.exit(run(args, new PrintWriter(new OutputStreamWriter(stdout, StandardCharsets.UTF_8), true),
                new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true)));
    }

    /** Runs the command line with the given writers and returns the exit code (tests call this directly). */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cli = commandLine(args);
        cli.setOut(out);
        cli.setErr(err);
        cli.setParameterExceptionHandler(Main::usageError);
        cli.setExecutionExceptionHandler((e, commandLine, parsed) -> unexpected(e, commandLine, args));
        int code;
        try {
            code = cli.execute(args);
        } catch (OutOfMemoryError e) {
            // The launcher's heap suits the reports gapcheck is made for; a larger job can be given more.
            err.println("内存不足：输入太大，超出了 Java 的内存上限。可设置环境变量 GAPCHECK_JAVA_OPTS=-Xmx2g 后重试");
            code = BAD_INPUT;
        }
        out.flush();
        err.flush();
        return code;
    }

    /**
     * The command line with the subcommand {@code args} name, or with all of them when they name none (help, a typo):
     * picocli reads every option of every command it is given, a tenth of a second of a single check's start-up.
     */
    static CommandLine commandLine(String[] args) {
        CommandLine cli = new CommandLine(new Main());
        List<Class<?>> named = COMMANDS.stream().filter(c -> args.length > 0 && nameOf(c).equals(args[0])).toList();
        for (Class<?> command : named.isEmpty() ? COMMANDS : named) {
            cli.addSubcommand(nameOf(command), command);
        }
        return cli;
    }

    private static String nameOf(Class<?> command) {
        return command.getAnnotation(Command.class).name();
    }

    private static int usageError(CommandLine.ParameterException e, String[] args) {
        PrintWriter err = e.getCommandLine().getErr();
        err.println("用法错误：" + TerminalText.visible(describe(e)));
        err.println("运行 " + e.getCommandLine().getCommandSpec().qualifiedName() + " --help 查看用法。");
        return USAGE;
    }

    /** picocli's own messages are English; the common ones are put into Chinese here, naming what was wrong. */
    private static String describe(CommandLine.ParameterException e) {
        if (e instanceof CommandLine.UnmatchedArgumentException u && !u.getUnmatched().isEmpty()) {
            return "无法识别的参数或选项：" + String.join(" ", u.getUnmatched());
        }
        if (e instanceof CommandLine.MissingParameterException m) {
            return "缺少必需的参数或选项：" + String.join("、", m.getMissing().stream()
                    .map(arg -> arg.isOption() ? ((CommandLine.Model.OptionSpec) arg).longestName() : arg.paramLabel())
                    .toList());
        }
        if (e.getArgSpec() != null && e.getValue() != null) {
            String name = e.getArgSpec().isOption()
                    ? ((CommandLine.Model.OptionSpec) e.getArgSpec()).longestName() : e.getArgSpec().paramLabel();
            return name + " 的取值无效：" + e.getValue();
        }
        return e.getMessage();
    }

    private static int unexpected(Exception e, CommandLine commandLine, String[] args) {
        PrintWriter err = commandLine.getErr();
        if (e instanceof UnsafeCacheFolderException refused) {
            // The environment, not gapcheck, is at fault, and the line says how to put it right: like a bad input.
            Failure.report(err, refused.getMessage(), refused, java.util.Arrays.asList(args).contains("--debug"));
            return BAD_INPUT;
        }
        err.println("内部错误：" + TerminalText.visible(e.toString()));
        if (java.util.Arrays.asList(args).contains("--debug")) {
            e.printStackTrace(err);
        } else {
            err.println("（加 --debug 查看详细信息）");
        }
        return BAD_INPUT;
    }
}
