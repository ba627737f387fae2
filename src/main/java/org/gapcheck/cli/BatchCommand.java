package org.gapcheck.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
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
import java.util.function.Function;
import java.util.function.Predicate;
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

    /** The renderer of each per-report format (a test puts one in that fails). */
    private final Function<String, Optional<Renderer>> renderers;

    BatchCommand() {
        this(Renderers::forFormat);
    }

    BatchCommand(Function<String, Optional<Renderer>> renderers) {
        this.renderers = renderers;
    }

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** What became of one submission: its matrix row, or the file that failed, why, and the cause. */
    private record Outcome(Matrix.Row row, Path failedFile, String reason, Throwable cause) {
        static Outcome of(Matrix.Row row) {
            return new Outcome(row, null, null, null);
        }

        static Outcome failed(Path file, String reason, Throwable cause) {
            return new Outcome(null, file, reason, cause);
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
        if (!createdFolder(out, err)) {
            return Main.BAD_INPUT;
        }
        OutputLock lock;
        try {
            lock = OutputLock.tryTake(out);
        } catch (IOException e) {
            err.println("无法写入输出文件夹：" + TerminalText.visible(out + "（" + AtomicFile.reason(e) + "）"));
            err.flush();
            return Main.BAD_INPUT;
        }
        if (lock == null) {
            err.println("输出文件夹正由另一个 gapcheck batch 写入：" + TerminalText.visible(out.toString())
                    + "（等它结束后再运行，或换一个 --out）");
            err.flush();
            return Main.BAD_INPUT;
        }
        try (lock) {
            return run(submissions, listing.skipped(), workers, pipeline, formatNames, err);
        }
    }

    private static boolean createdFolder(Path folder, PrintWriter err) {
        try {
            Files.createDirectories(folder);
            return true;
        } catch (IOException e) {
            err.println("无法创建输出文件夹：" + TerminalText.visible(folder
                    + (e instanceof FileAlreadyExistsException ? "（已有同名的文件）" : "（" + AtomicFile.reason(e) + "）")));
            err.flush();
            return false;
        }
    }

    /** The batch proper, with the output folder locked. */
    private int run(List<Submissions.Submission> submissions, List<Path> skipped, int workers, Pipeline pipeline,
                    Set<String> formatNames, PrintWriter err) throws InterruptedException {
        Path reportsDir = out.resolve(REPORTS);
        if (!createdFolder(reportsDir, err)) {
            return Main.BAD_INPUT;
        }
        removeStaleTemporaryFiles(formatNames, reportsDir);
        List<Outcome> outcomes;
        List<Matrix.Row> rows;
        List<Outcome> matrixFailures = List.of();
        try {
            outcomes = runAll(submissions, Math.min(workers, submissions.size()), pipeline, formatNames, reportsDir, err);
            rows = outcomes.stream().filter(o -> !o.failed()).map(Outcome::row).toList();
            if (!rows.isEmpty()) {
                matrixFailures = writeMatrixAndRanking(pipeline.catalogue(), rows, formatNames, reportsDir, workers);
            }
        } catch (UncheckedIOException e) {
            // A full disk or a read-only folder fails every report alike: stop rather than list each one.
            err.println("无法写入输出文件：" + TerminalText.visible(e.getMessage()));
            err.flush();
            return Main.BAD_INPUT;
        }
        List<Outcome> failed = outcomes.stream().filter(Outcome::failed).toList();
        printFailures(err, "以下 " + failed.size() + " 份报告未能完成：", failed);
        printFailures(err, "以下矩阵文件未能写出：", matrixFailures);
        Inputs.printSkipped(err, skipped);
        profile.print(err);
        err.flush();
        if (!failed.isEmpty() || !matrixFailures.isEmpty()) {
            return Main.BAD_INPUT;
        }
        return failOn.failing(rows.stream().flatMap(r -> r.verdicts().stream())) ? Main.FINDINGS : Main.OK;
    }

    private void printFailures(PrintWriter err, String heading, List<Outcome> failures) {
        if (failures.isEmpty()) {
            return;
        }
        err.println(heading);
        for (Outcome o : failures) {
            err.println("  " + TerminalText.visible(o.failedFile() + "：" + o.reason()));
            if (common.debug && !(o.cause() instanceof IngestException)) {
                o.cause().printStackTrace(err);
            }
        }
    }

    /**
     * Temporary files a killed run left in the output folders (ours by their names, locked by no writer: this run holds
     * the folder, so no other batch is writing there).
     */
    private void removeStaleTemporaryFiles(Set<String> formatNames, Path reportsDir) {
        Set<String> extensions = new LinkedHashSet<>();
        formatNames.forEach(f -> extensions.add(renderers.apply(f).orElseThrow().extension()));
        Renderers.formats().forEach(f -> Renderers.forFormat(f).ifPresent(r -> extensions.add(r.extension())));
        List<Predicate<String>> matrixFiles = MatrixRenderers.all().stream()
                .map(r -> AtomicFile.temporaryOf(out.resolve(r.baseName() + "." + r.extension()))).toList();
        try {
            AtomicFile.removeStale(reportsDir, AtomicFile.temporaryWithExtension(extensions), Duration.ZERO);
            AtomicFile.removeStale(out, name -> matrixFiles.stream().anyMatch(m -> m.test(name)), Duration.ZERO);
        } catch (IOException e) {
            // Leftovers are untidy, not wrong: the batch goes on.
        }
    }

    /**
     * The matrix files, each on a worker of its own (for ten thousand reports they take seconds each), then the ranking
     * on standard output and where everything went. A matrix file that cannot be written is returned as a failure; the
     * others and the ranking still go out.
     */
    private List<Outcome> writeMatrixAndRanking(Catalogue catalogue, List<Matrix.Row> rows, Set<String> formatNames,
                                                Path reportsDir, int workers) throws InterruptedException {
        Matrix matrix = new Matrix(catalogue.indicators(), rows);
        List<Path> files = new ArrayList<>();
        List<Callable<Void>> writes = new ArrayList<>();
        for (MatrixRenderer renderer : MatrixRenderers.all()) {
            Path file = out.resolve(renderer.baseName() + "." + renderer.extension());
            writes.add(() -> {
                write(file, stream -> renderer.render(matrix, stream));
                return null;
            });
            files.add(file);
        }
        List<Outcome> failures = new ArrayList<>();
        List<String> written = new ArrayList<>();
        ExecutorService pool = workerPool(workers);
        try {
            List<Future<Void>> done = pool.invokeAll(writes);
            for (int i = 0; i < done.size(); i++) {
                try {
                    resultOf(done.get(i));
                    written.add(files.get(i).toString());
                } catch (ReportFailure e) {
                    failures.add(Outcome.failed(files.get(i), e.getMessage(), e.getCause()));
                } catch (UncheckedIOException e) {
                    failures.add(Outcome.failed(files.get(i), "无法写入 " + e.getMessage(), e));
                } catch (RuntimeException e) {
                    failures.add(Outcome.failed(files.get(i), internalError(e), e));
                }
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
        return failures;
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
     * memory holds one report per worker however large the batch. Whatever goes wrong with one report (its file cannot
     * be read, a stage or a renderer fails, an output cannot be written, it needs more memory or stack than there is) is
     * that report's outcome, and the files written for it are removed so that the output folder agrees with the matrix:
     * the others go on. Only a failure every output would meet (a full disk) stops the batch.
     */
    private Outcome process(Submissions.Submission s, Pipeline pipeline, Set<String> formatNames, Path reportsDir) {
        Outcome outcome;
        try {
            // The report's data lives in checkAndWrite's frame only: when memory runs out it is gone by the time the
            // failure is recorded, and the other workers carry on.
            return checkAndWrite(s, pipeline, formatNames, reportsDir);
        } catch (IngestException e) {
            outcome = Outcome.failed(e.path(), e.reason(), e);
        } catch (ReportFailure e) {
            outcome = Outcome.failed(s.source(), e.getMessage(), e.getCause());
        } catch (OutOfMemoryError e) {
            outcome = Outcome.failed(s.source(), "内存不足：处理这份报告超出了 Java 的内存上限，可设置环境变量 "
                    + "GAPCHECK_JAVA_OPTS=-Xmx2g 后重试", e);
        } catch (StackOverflowError e) {
            outcome = Outcome.failed(s.source(), "处理时栈溢出（内容的结构嵌套过深）", e);
        } catch (UncheckedIOException e) {
            throw e;   // a full disk: see write
        } catch (RuntimeException e) {
            outcome = Outcome.failed(s.source(), internalError(e), e);
        }
        removeOutputs(s, formatNames, reportsDir);
        return outcome;
    }

    private Outcome checkAndWrite(Submissions.Submission s, Pipeline pipeline, Set<String> formatNames, Path reportsDir)
            throws IngestException, ReportFailure {
        Document document = profile.time(StageProfile.Stage.INGEST, () -> s.files().size() == 1
                ? DocumentReader.read(s.files().get(0), encoding.charset)
                : DocumentReader.readAll(s.name(), s.files(), encoding.charset));
        Assessment assessment = pipeline.assess(document, profile);
        profile.run(StageProfile.Stage.REPORT, () -> {
            for (String format : formatNames) {
                Renderer renderer = renderers.apply(format).orElseThrow();
                Path file = reportsDir.resolve(s.outputName() + "." + renderer.extension());
                try {
                    write(file, stream -> renderer.render(List.of(assessment), stream));
                } catch (ReportFailure | UncheckedIOException e) {
                    throw e;
                } catch (RuntimeException e) {
                    throw new ReportFailure("生成 " + format + " 输出时" + internalError(e), e);
                }
            }
        });
        return Outcome.of(Matrix.Row.of(s.name(), assessment));
    }

    /** A failed report's files of this run's formats, including those an earlier run wrote for it. */
    private void removeOutputs(Submissions.Submission s, Set<String> formatNames, Path reportsDir) {
        for (String format : formatNames) {
            try {
                Files.deleteIfExists(reportsDir.resolve(s.outputName() + "." + renderers.apply(format).orElseThrow()
                        .extension()));
            } catch (IOException e) {
                // it stays; the report is listed as failed all the same
            }
        }
    }

    private String internalError(Throwable e) {
        return "出现内部错误（" + e + "）" + (common.debug ? "" : "，加 --debug 查看详细信息");
    }

    /** One report's output that could not be made or written; the message is the reason, for the user. */
    private static final class ReportFailure extends RuntimeException {
        ReportFailure(String reason, Throwable cause) {
            super(reason, cause);
        }
    }

    /**
     * An output file, whole or not at all: a failure names the file. One that every file would meet (a full disk)
     * stops the batch; any other fails only the report it belongs to.
     */
    private static void write(Path file, AtomicFile.Content content) {
        try {
            AtomicFile.write(file, content);
        } catch (IOException e) {
            if (AtomicFile.failsEveryFile(e)) {
                throw new UncheckedIOException(file + "（" + AtomicFile.reason(e) + "）", e);
            }
            throw new ReportFailure("无法写入 " + file + "（" + AtomicFile.reason(e) + "）", e);
        }
    }
}
