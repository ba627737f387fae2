package org.gapcheck.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.gapcheck.catalogue.CatalogueException;
import org.gapcheck.engine.Assessment;
import org.gapcheck.ingest.IngestException;
import org.gapcheck.report.ComparisonRenderer;
import org.gapcheck.report.YearComparison;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "compare", description = "对比同一单位两个年度的报告：数据变化、结论变化、新增差距与已解决差距。",
        synopsisHeading = "用法：", optionListHeading = "%n选项：%n", parameterListHeading = "%n参数：%n")
final class CompareCommand implements Callable<Integer> {

    @Mixin
    CommonOptions common;

    @Parameters(index = "0", paramLabel = "OLD", description = "较早年度的报告文件")
    Path older;

    @Parameters(index = "1", paramLabel = "NEW", description = "较晚年度的报告文件")
    Path newer;

    @Option(names = "--format", defaultValue = "console", paramLabel = "FORMAT",
            description = "输出格式：console（默认）、md、json")
    String format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "写入文件而不是标准输出")
    Path output;

    @Mixin
    LedgerOption ledgerOption;

    @Mixin
    EncodingOption encoding;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        ComparisonRenderer renderer = ComparisonRenderer.forFormat(format).orElseThrow(() ->
                new CommandLine.ParameterException(spec.commandLine(), "不支持的输出格式：" + format + "（可选 "
                        + String.join("、", ComparisonRenderer.formats()) + "）"));
        Pipeline pipeline;
        try {
            pipeline = Pipeline.load(common, ledgerOption);
        } catch (CatalogueException e) {
            Failure.report(err, e.getMessage(), e, common.debug);
            return Main.BAD_INPUT;
        }
        Assessment oldAssessment = assess(older, pipeline, err);
        Assessment newAssessment = assess(newer, pipeline, err);
        if (oldAssessment == null || newAssessment == null) {
            return Main.BAD_INPUT;
        }
        YearComparison comparison = YearComparison.of(pipeline.catalogue(), oldAssessment, newAssessment);
        if (output == null) {
            PrintWriter out = spec.commandLine().getOut();
            renderer.write(comparison, out);
            out.flush();
        } else {
            AtomicFile.write(output, stream -> renderer.render(comparison, stream));
        }
        return Main.OK;
    }

    /** The assessment of one report, or null after saying why it could not be read (both files are tried). */
    private Assessment assess(Path file, Pipeline pipeline, PrintWriter err) {
        try {
            return pipeline.assess(file, encoding.charset);
        } catch (IngestException e) {
            Failure.report(err, e.getMessage(), e, common.debug);
            return null;
        }
    }
}
