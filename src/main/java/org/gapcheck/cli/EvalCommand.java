package org.gapcheck.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.gapcheck.catalogue.CatalogueException;
import org.gapcheck.eval.Evaluation;
import org.gapcheck.eval.EvaluationPrinter;
import org.gapcheck.eval.Evaluator;
import org.gapcheck.eval.GoldException;
import org.gapcheck.eval.GoldReport;
import org.gapcheck.eval.ReportEvaluation;
import org.gapcheck.extract.Extractor;
import org.gapcheck.ingest.DocumentReader;
import org.gapcheck.ingest.IngestException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "eval", description = "对照人工标注评估抽取质量：按报告和合计输出部分、数据、提及、不足的精确率、召回率和 F1，"
        + "并列出每一处未命中和误报。",
        synopsisHeading = "用法：", optionListHeading = "%n选项：%n", parameterListHeading = "%n参数：%n")
final class EvalCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Option(names = "--gold", required = true, paramLabel = "DIR", description = "标注目录，每份报告对应其中同名的 .yaml 文件")
    Path gold;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "报告文件")
    List<Path> files;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        try {
            Extractor extractor = new Extractor(Catalogues.load(common.catalogue));
            Evaluator evaluator = new Evaluator();
            List<ReportEvaluation> reports = new ArrayList<>();
            for (Path file : files) {
                GoldReport goldReport = GoldReport.load(GoldReport.pathFor(gold, file));
                reports.add(evaluator.evaluate(extractor.extract(DocumentReader.read(file, null)), goldReport));
            }
            EvaluationPrinter.print(new Evaluation(reports), spec.commandLine().getOut());
            return Main.OK;
        } catch (CatalogueException | IngestException | GoldException e) {
            Failure.report(err, e.getMessage(), e, common.debug);
            return Main.BAD_INPUT;
        }
    }
}
