package org.gapcheck.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.gapcheck.catalogue.Catalogue;
import org.gapcheck.catalogue.CatalogueException;
import org.gapcheck.engine.Assessment;
import org.gapcheck.ingest.Document;
import org.gapcheck.ingest.DocumentReader;
import org.gapcheck.ingest.IngestException;
import org.gapcheck.report.Matrix;
import org.gapcheck.report.MatrixRenderer;
import org.gapcheck.report.MatrixRenderers;
import org.gapcheck.report.Renderer;
import org.gapcheck.report.Renderers;
import org.gapcheck.report.TerminalText;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "batch", description = {"批量检查文件夹中的全部报告，输出每份的结果、报告×指标矩阵和得分排名。",
        "文件夹中的每个报告文件算一份；每个子文件夹算一份，其中的文件按文件名顺序合并读取。每份的结果写入 OUT/reports/，"
                + "矩阵写入 OUT/matrix.*（按得分排名），排名同时显示在屏幕上。多份报告并行处理；无法读取的文件在最后列出，"
                + "不影响其他报告。"},
        synopsisHeading = "用法：", optionListHeading = "%n选项：%n", parameterListHeading = "%n参数：%n")
final class BatchCommand implements Callable<Integer> {
    static final String REPORTS = "reports";

    @Mixin
    CommonOptions common;

    @Parameters(paramLabel = "DIR", description = "包含报告的文件夹")
    Path dir;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "输出文件夹（不存在时自动创建）")
    Path out;

    @Option(names = "--formats", split = ",", defaultValue = "html,xlsx,json", paramLabel = "FORMAT,…", hideParamSyntax = true,
            description = "每份报告的输出格式，逗号分隔，可选格式同 check --format（默认 ${DEFAULT-VALUE}）")
    List<String> formats;

    @Option(names = {"-j", "--jobs"}, paramLabel = "N", description = "同时处理的报告数（默认为 CPU 核数）")
    Integer jobs;

    @Mixin
    LedgerOption ledgerOption;

    @Mixin
    EncodingOption encoding;

    @Mixin
    FailOnOption failOn;

    private StageProfile profile = StageProfile.off();

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** What became of one submission: its matrix row, or the file that could not be read, why, and the cause. */
    private record Outcome(Matrix.Row row, Path failedFile, String reason, Exception cause) {
        static Outcome of(Matrix.Row row) {
            return new Outcome(row, null, null, null);
        }

        boolean failed() {
            return row == null;
        }
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        Set<String> formatNames = checkedFormats();
        int workers = jobs == null ? Runtime.getRuntime().availableProcessors() : jobs;
        if (workers < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--jobs 必须是正整数：" + jobs);
        }
        if (!Files.isDirectory(dir)) {
            String shown = TerminalText.visible(dir.toString());
            err.println(Files.exists(dir) ? "不是文件夹：" + shown + "（检查单个文件请用 gapcheck check）" : "找不到文件夹：" + shown);
            err.flush();
            return Main.BAD_INPUT;
        }
        if (out.toAbsolutePath().normalize().equals(dir.toAbsolutePath().normalize())) {
            throw new CommandLine.ParameterException(spec.commandLine(), "输出文件夹不能就是报告文件夹：" + out);
        }
        profile = StageProfile.enabled(common.profile);
        Pipeline pipeline;
        try {
            pipeline = Pipeline.load(common, ledgerOption);
        } catch (CatalogueException e) {
            Failure.report(err, e.getMessage(), e, common.debug);
            return Main.BAD_INPUT;
        }
        Submissions.Listing listing = Submissions.find(dir, out);
        List<Submissions.Submission> submissions = listing.submissions();
        if (submissions.isEmpty()) {
            err.println("文件夹中没有找到可读取的报告文件：" + TerminalText.visible(dir.toString()));
            Inputs.printSkipped(err, listing.skipped());
            err.flush();
            return Main.BAD_INPUT;
        }
        Path reportsDir = out.resolve(REPORTS);
        try {
            Files.createDirectories(reportsDir);
        } catch (IOException e) {
            err.println("无法创建输出文件夹：" + TerminalText.visible(reportsDir
                    + (e instanceof FileAlreadyExistsException ? "（已有同名的文件）" : "（" + e.getMessage() + "）")));
            err.flush();
            return Main.BAD_INPUT;
        }

        List<Outcome> outcomes;
        List<Matrix.Row> rows;
        try {
            outcomes = runAll(submissions, Math.min(workers, submissions.size()), pipeline, formatNames, reportsDir, err);
            rows = outcomes.stream().filter(o -> !o.failed()).map(Outcome::row).toList();
            if (!rows.isEmpty()) {
                writeMatrixAndRanking(pipeline.catalogue(), rows, formatNames, reportsDir, workers);
            }
        } catch (UncheckedIOException e) {
            // A full disk or a read-only folder fails every report alike: stop rather than list each one.
            err.println("无法写入输出文件：" + TerminalText.visible(e.getMessage()));
            err.flush();
            return Main.BAD_INPUT;
        }
        List<Outcome> failed = outcomes.stream().filter(Outcome::failed).toList();
        if (!failed.isEmpty()) {
            err.println("以下 " + failed.size() + " 个文件无法读取：");
            for (Outcome o : failed) {
                err.println("  " + TerminalText.visible(o.failedFile() + "：" + o.reason()));
                if (common.debug && !(o.cause() instanceof IngestException)) {
                    o.cause().printStackTrace(err);
                }
            }
        }
        Inputs.printSkipped(err, listing.skipped());
        profile.print(err);
        err.flush();
        if (!failed.isEmpty()) {
            return Main.BAD_INPUT;
        }
        return failOn.failing(rows.stream().flatMap(r -> r.verdicts().stream())) ? Main.FINDINGS : Main.OK;
    }

    /**
     * The matrix files, each on a worker of its own (for ten thousand reports they take seconds each), then the ranking
     * on standard output and where everything went.
     */
    private void writeMatrixAndRanking(Catalogue catalogue, List<Matrix.Row> rows, Set<String> formatNames,
                                       Path reportsDir, int workers) throws InterruptedException {
        Matrix matrix = new Matrix(catalogue.indicators(), rows);
        List<String> written = new ArrayList<>();
        List<Callable<Void>> writes = new ArrayList<>();
        for (MatrixRenderer renderer : MatrixRenderers.all()) {
            Path file = out.resolve(renderer.baseName() + "." + renderer.extension());
            writes.add(() -> {
                write(file, stream -> renderer.render(matrix, stream));
                return null;
            });
            written.add(file.toString());
        }
        ExecutorService pool = workerPool(workers);
        try {
            for (Future<Void> done : pool.invokeAll(writes)) {
                resultOf(done);
            }
        } finally {
            pool.shutdownNow();
        }
        PrintWriter stdout = spec.commandLine().getOut();
        RankingTable.lines(matrix).forEach(stdout::println);
        stdout.println();
        stdout.printf("已检查 %d 份报告。每份的结果（%s）在 %s，矩阵与排名在 %s%n", rows.size(),
                String.join("、", formatNames), TerminalText.visible(reportsDir.toString()),
                TerminalText.visible(String.join("、", written)));
        stdout.flush();
    }

    /** The --formats names, each known to {@link Renderers}, duplicates dropped, in the order given. */
    private Set<String> checkedFormats() {
        Set<String> names = new LinkedHashSet<>();
        for (String format : formats) {
            String name = format.trim();
            if (Renderers.forFormat(name).isEmpty()) {
                throw new CommandLine.ParameterException(spec.commandLine(), "不支持的输出格式：" + name
                        + "（可选 " + String.join("、", Renderers.formats()) + "）");
            }
            names.add(name);
        }
        return names;
    }

    /**
     * Runs every submission on a fixed pool and returns the outcomes in submission order, whatever order they finish
     * in. The progress bar is drawn from this thread only, as results come in.
     */
    private List<Outcome> runAll(List<Submissions.Submission> submissions, int workers, Pipeline pipeline,
                                 Set<String> formatNames, Path reportsDir, PrintWriter err)
            throws InterruptedException {
        ExecutorService pool = workerPool(workers);
        try {
            CompletionService<Outcome> completion = new ExecutorCompletionService<>(pool);
            List<Future<Outcome>> futures = new ArrayList<>();
            for (Submissions.Submission s : submissions) {
                futures.add(completion.submit(() -> process(s, pipeline, formatNames, reportsDir)));
            }
            ProgressBar bar = new ProgressBar(err, submissions.size(), ProgressBar.terminal());
            bar.update(0, 0);
            int failed = 0;
            for (int finished = 1; finished <= submissions.size(); finished++) {
                if (resultOf(completion.take()).failed()) {
                    failed++;
                }
                bar.update(finished, failed);
            }
            bar.clear();
            List<Outcome> outcomes = new ArrayList<>();
            for (Future<Outcome> f : futures) {
                outcomes.add(resultOf(f));
            }
            return outcomes;
        } finally {
            // On a write failure the others are stopped; waiting lets each finish or delete its temporary file.
            pool.shutdownNow();
            pool.awaitTermination(1, TimeUnit.MINUTES);
        }
    }

    private static ExecutorService workerPool(int workers) {
        AtomicInteger threads = new AtomicInteger();
        return Executors.newFixedThreadPool(workers, runnable -> {
            Thread t = new Thread(runnable, "gapcheck-batch-" + threads.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    private static <T> T resultOf(Future<T> future) throws InterruptedException {
        try {
            return future.get();
        } catch (ExecutionException e) {
            throw Failure.unwrapped(e);
        }
    }

    /**
     * One worker's job: read, extract, assess, write the per-report files, and keep only the matrix row, so that
     * memory holds one report per worker however large the batch. A file that cannot be read, and any unexpected
     * failure on one report, is that report's outcome: the others go on.
     */
    private Outcome process(Submissions.Submission s, Pipeline pipeline, Set<String> formatNames, Path reportsDir) {
        Assessment assessment;
        try {
            Document document = profile.time(StageProfile.Stage.INGEST, () -> s.files().size() == 1
                    ? DocumentReader.read(s.files().get(0), encoding.charset)
                    : DocumentReader.readAll(s.name(), s.files(), encoding.charset));
            assessment = pipeline.assess(document, profile);
        } catch (IngestException e) {
            return new Outcome(null, e.path(), e.reason(), e);
        } catch (RuntimeException e) {
            return new Outcome(null, s.files().get(0), "处理时出现内部错误（" + e + "）" + (common.debug ? "" : "，加 --debug 查看详细信息"), e);
        }
        profile.run(StageProfile.Stage.REPORT, () -> {
            for (String format : formatNames) {
                Renderer renderer = Renderers.forFormat(format).orElseThrow();
                write(reportsDir.resolve(s.name() + "." + renderer.extension()),
                        stream -> renderer.render(List.of(assessment), stream));
            }
        });
        return Outcome.of(Matrix.Row.of(s.name(), assessment));
    }

    /** An output file, whole or not at all; a failure names the file. */
    private static void write(Path file, AtomicFile.Content content) {
        try {
            AtomicFile.write(file, content);
        } catch (IOException e) {
            throw new UncheckedIOException(file + "（" + e.getMessage() + "）", e);
        }
    }

}
