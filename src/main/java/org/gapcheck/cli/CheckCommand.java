package org.gapcheck.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.gapcheck.catalogue.CatalogueException;
import org.gapcheck.engine.Assessment;
import org.gapcheck.engine.IndicatorResult;
import org.gapcheck.ingest.DocumentReader;
import org.gapcheck.ingest.IngestException;
import org.gapcheck.report.Renderer;
import org.gapcheck.report.Renderers;
import org.gapcheck.report.TerminalText;
import org.gapcheck.report.TextRenderer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "check", description = "检查报告（文件或文件夹），对每项指标给出结论、佐证与差距。",
        synopsisHeading = "用法：", optionListHeading = "%n选项：%n", parameterListHeading = "%n参数：%n")
final class CheckCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Parameters(arity = "1..*", paramLabel = "FILE|DIR", description = "报告文件或包含报告的文件夹")
    List<Path> inputs;

    @Option(names = "--format", defaultValue = "console", paramLabel = "FORMAT",
            description = "输出格式：console（默认）、md、json、csv（带 BOM 的 UTF-8，Excel 和 WPS 可直接打开）、"
                    + "html（单个网页文件，可筛选、可打印）、xlsx（Excel 整改台账，须用 -o 指定文件，如 -o 整改台账.xlsx）")
    String format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "写入文件而不是标准输出")
    Path output;

    @Mixin
    LedgerOption ledgerOption;

    @Mixin
    EncodingOption encoding;

    @Mixin
    FailOnOption failOn;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** A temporary file this young may be one another run has only just created; it is left alone. */
    private static final Duration STALE_AFTER = Duration.ofMinutes(1);

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        Renderer renderer = Renderers.forFormat(format).orElseThrow(() -> new CommandLine.ParameterException(
                spec.commandLine(), "不支持的输出格式：" + format + "（可选 " + String.join("、", Renderers.formats()) + "）"));
        if (output == null && !(renderer instanceof TextRenderer)) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    format + " 是二进制格式，请用 -o 指定输出文件，例如 -o 整改台账." + renderer.extension());
        }
        Pipeline pipeline;
        try {
            pipeline = Pipeline.load(common, ledgerOption);
        } catch (CatalogueException e) {
            Failure.report(err, e.getMessage(), e, common.debug);
            return Main.BAD_INPUT;
        }
        StageProfile profile = StageProfile.enabled(common.profile);
        List<Assessment> assessments = new ArrayList<>();
        boolean unreadable = false;
        Inputs.Expanded expanded = Inputs.expand(inputs);
        for (Path file : expanded.reports()) {
            try {
                Assessment assessment = pipeline.assess(file, encoding.charset, profile);
                assessment.facts().document().warnings().forEach(w -> err.println(file + "：" + w));
                assessments.add(assessment);
            } catch (IngestException e) {
                Failure.report(err, e.getMessage(), e, common.debug);
                unreadable = true;
            }
        }
        if (output == null) {
            PrintWriter out = spec.commandLine().getOut();
            profile.run(StageProfile.Stage.REPORT, () -> {
                ((TextRenderer) renderer).write(assessments, out);
                out.flush();
            });
        } else if (!assessments.isEmpty()) {
            removeStaleTemporaryFiles();
            try {
                profile.run(StageProfile.Stage.REPORT,
                        () -> AtomicFile.write(output, stream -> renderer.render(assessments, stream)));
            } catch (IOException e) {
                Failure.report(err, "无法写入输出文件：" + output + "（" + AtomicFile.reason(e) + "）", e, common.debug);
                return Main.BAD_INPUT;
            }
        }
        profile.print(err);
        Inputs.printSkipped(err, expanded.skipped());
        if (unreadable || assessments.isEmpty()) {
            if (assessments.isEmpty() && !unreadable) {
                err.println("没有找到 gapcheck 能读取的报告文件（支持 " + DocumentReader.supportedFormats() + "）："
                        + TerminalText.visible(inputs.stream().map(Path::toString).collect(Collectors.joining("、"))));
            }
            return Main.BAD_INPUT;
        }
        var verdicts = assessments.stream().flatMap(a -> a.indicators().stream()).map(IndicatorResult::verdict);
        return failOn.failing(verdicts) ? Main.FINDINGS : Main.OK;
    }

    /** What a killed run left beside the output: its temporary files, named after it and locked by no writer. */
    private void removeStaleTemporaryFiles() {
        try {
            AtomicFile.removeStale(output.toAbsolutePath().getParent(), AtomicFile.temporaryOf(output), STALE_AFTER);
        } catch (IOException e) {
            // Leftovers are untidy, not wrong: the output is written all the same.
        }
    }
}
