package org.gapcheck.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.gapcheck.catalogue.CatalogueException;
import org.gapcheck.extract.Extractor;
import org.gapcheck.extract.ReportFacts;
import org.gapcheck.ingest.DocumentReader;
import org.gapcheck.ingest.IngestException;
import org.gapcheck.report.FactsWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "facts", description = "输出从报告中抽取的事实（部分、数据、提及），含精确位置。",
        synopsisHeading = "用法：", optionListHeading = "%n选项：%n", parameterListHeading = "%n参数：%n")
final class FactsCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Parameters(paramLabel = "FILE", description = "报告文件")
    Path file;

    @Option(names = "--format", defaultValue = "json", paramLabel = "FORMAT", description = "输出格式：json（默认，目前唯一）")
    String format;

    @Mixin
    EncodingOption encoding;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if (!format.equals("json")) {
            throw new CommandLine.ParameterException(spec.commandLine(), "不支持的输出格式：" + format + "（可选 json）");
        }
        PrintWriter err = spec.commandLine().getErr();
        try {
            ReportFacts facts = new Extractor(Catalogues.load(common.catalogue))
                    .extract(DocumentReader.read(file, encoding.charset));
            facts.document().warnings().forEach(w -> err.println(file + "：" + w));
            PrintWriter out = spec.commandLine().getOut();
            FactsWriter.write(facts, out);
            out.flush();
            return Main.OK;
        } catch (CatalogueException | IngestException e) {
            Failure.report(err, e.getMessage(), e, common.debug);
            return Main.BAD_INPUT;
        }
    }
}
