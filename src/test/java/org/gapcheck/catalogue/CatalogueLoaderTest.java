package org.gapcheck.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CatalogueLoaderTest {

    private static final Path MINIMAL = Path.of("src/test/resources/catalogue/good/minimal.yaml");

    private static String minimal() throws IOException {
        return Files.readString(MINIMAL, StandardCharsets.UTF_8);
    }

    @Test
    void loadsScoringDeadlinesRatiosAndNegativeTopics() throws Exception {
        Catalogue catalogue = CatalogueLoader.load(Path.of("src/test/resources/catalogue/good/every-field.yaml"));

        assertEquals(0, new BigDecimal("0.5").compareTo(catalogue.scoring().partial()));
        assertEquals(0, BigDecimal.ZERO.compareTo(catalogue.scoring().gap()), "credit left out keeps its default");
        assertEquals(java.time.MonthDay.of(3, 1), catalogue.deadlines().get(UnitLevel.DEPARTMENT));
        assertFalse(catalogue.deadlines().containsKey(UnitLevel.SUBDISTRICT), "a level left out has no deadline");
        assertEquals(new Metric.Ratio("litigation_lost", "litigation_cases"),
                catalogue.metric("litigation_loss_rate").orElseThrow().ratio());
        assertTrue(catalogue.topics().get(1).negative());
        assertFalse(catalogue.topics().get(0).negative());
        assertEquals(CheckType.NOT_REPORTED, catalogue.indicator(82).orElseThrow().checks().get(2).type());
    }

    @Test
    void withoutScoringOrDeadlinesTheDefaultsHold() throws Exception {
        Catalogue catalogue = CatalogueLoader.load(MINIMAL);
        assertEquals(Scoring.DEFAULT, catalogue.scoring());
        assertEquals(Catalogue.DEFAULT_DEADLINES, catalogue.deadlines());
    }

    @Test
    void loadsMinimalCatalogueIntoRecords() throws Exception {
        Catalogue catalogue = CatalogueLoader.load(MINIMAL);

        assertEquals("test-1", catalogue.edition());
        assertEquals(List.of("court_appearance_rate", "litigation_lost"),
                catalogue.metrics().stream().map(Metric::id).toList());
        Metric rate = catalogue.metric("court_appearance_rate").orElseThrow();
        assertEquals(MetricKind.RATE, rate.kind());
        assertEquals(List.of("负责人出庭应诉率", "出庭应诉率"), rate.aliases());
        assertEquals(List.of(), rate.context());

        Indicator i61 = catalogue.indicator(61).orElseThrow();
        assertEquals("LEADER_COURT_APPEARANCE", i61.code());
        assertEquals(Set.of(UnitLevel.DISTRICT_GOVERNMENT, UnitLevel.DEPARTMENT), i61.appliesTo());
        assertEquals(0, new BigDecimal("2").compareTo(i61.points()));
        assertEquals(new Check(CheckType.METRIC_AT_LEAST, "court_appearance_rate", null, new BigDecimal("100")),
                i61.checks().get(0));
        assertEquals(new Check(CheckType.MENTIONED, null, "court_appearance", null), i61.checks().get(1));

        Indicator i82 = catalogue.indicator(82).orElseThrow();
        assertEquals(0, BigDecimal.ONE.compareTo(i82.points()), "points default to 1");
        assertEquals(new Check(CheckType.METRIC_ZERO, "litigation_lost", null, null), i82.checks().get(0));
        assertEquals(new Check(CheckType.ON_SITE, null, null, null), i82.checks().get(1));
    }

    @Test
    void nameIsTextNeverCode() throws Exception {
        String hostile = minimal().replace("name: 行政机关负责人出庭应诉率", "name: '\"); System.exit(1); //'");

        Catalogue catalogue = CatalogueLoader.load("hostile.yaml", hostile);

        assertEquals("\"); System.exit(1); //", catalogue.metric("court_appearance_rate").orElseThrow().name());
    }

    @Test
    void idThatCouldBreakOutOfAnIdentifierIsRejected() throws Exception {
        String hostile = minimal().replace("  - id: litigation_lost", "  - id: 'a\" || true'");

        CatalogueException thrown = assertThrows(CatalogueException.class,
                () -> CatalogueLoader.load("hostile.yaml", hostile));

        assertTrue(thrown.errors().stream().anyMatch(e -> "metrics[1].id".equals(e.field())
                && e.message().contains("标识符无效")), thrown::getMessage);
    }

    @Test
    void errorReadsAsFileLineColumnIndicatorFieldMessage() {
        CatalogueError error = new CatalogueError("criteria/x.yaml", 12, 9, "I061 LEADER_COURT_APPEARANCE",
                "checks[0].threshold", "阈值必须是数字，实际为 \"90 || true\"");

        assertEquals("criteria/x.yaml:12:9: 指标 I061（LEADER_COURT_APPEARANCE）字段 checks[0].threshold：阈值必须是数字，实际为 \"90 || true\"",
                error.toString());
        assertEquals("criteria/x.yaml:1:1: 顶层必须是映射",
                new CatalogueError("criteria/x.yaml", 1, 1, null, null, "顶层必须是映射").toString());
        assertEquals("criteria/x.yaml:3:1: 字段 author：未知字段",
                new CatalogueError("criteria/x.yaml", 3, 1, null, "author", "未知字段").toString());
    }

    @Test
    void reportsAllErrorsInFileOrderWithoutStackTraces() throws Exception {
        String broken = minimal()
                .replace("        topic: court_appearance", "        topic: nowhere")
                .replace("        threshold: 100", "        threshold: \"100\"")
                .replace("    kind: count", "    kind: counter");

        CatalogueException thrown = assertThrows(CatalogueException.class,
                () -> CatalogueLoader.load("any-name.yml", broken));

        assertEquals(List.of("metrics[1].kind", "checks[0].threshold", "checks[1].topic"),
                thrown.errors().stream().map(CatalogueError::field).toList());
        assertTrue(thrown.getMessage().startsWith("指标目录 any-name.yml 有 3 处错误：\n"), thrown.getMessage());
        assertFalse(thrown.getMessage().contains("\tat "), "no stack trace in the message");
        assertFalse(thrown.getMessage().contains("Exception"), "no exception class names in the message");
    }

    @Test
    void syntaxErrorIsLocatedAndInChinese() {
        CatalogueException thrown = assertThrows(CatalogueException.class,
                () -> CatalogueLoader.load("s.yaml", "edition: x\ntitle: a: b\n"));

        CatalogueError error = thrown.errors().get(0);
        assertEquals(2, error.line());
        assertEquals(9, error.column());
        assertTrue(error.message().startsWith("YAML 语法错误：此处不能出现映射值"), error::toString);
        assertFalse(error.message().contains("\n"), "one line, without the parser's file excerpt");
    }

    @Test
    void missingFileIsReportedNotThrownAsIoError() {
        CatalogueException thrown = assertThrows(CatalogueException.class,
                () -> CatalogueLoader.load(Path.of("criteria/does-not-exist.yaml")));

        assertEquals("criteria/does-not-exist.yaml: 文件不存在", thrown.errors().get(0).toString());
    }

    @Test
    void invalidUtf8IsReported(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("gbk.yaml");
        Files.write(file, "title: 测试".getBytes("GB18030"));

        CatalogueException thrown = assertThrows(CatalogueException.class, () -> CatalogueLoader.load(file));

        assertTrue(thrown.errors().get(0).message().contains("UTF-8"), thrown::getMessage);
    }

    @Test
    void aFileOverTheSizeLimitIsRefusedBeforeItIsParsed(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("big.yaml");
        Files.writeString(file, "edition: x\ntitle: \"", StandardCharsets.UTF_8);
        try (var sparse = new java.io.RandomAccessFile(file.toFile(), "rw")) {
            sparse.setLength(50L * 1024 * 1024); // one 50 MB scalar of NULs, mostly holes on disk
        }

        CatalogueException thrown = assertThrows(CatalogueException.class, () -> CatalogueLoader.load(file));

        assertEquals(List.of(file + ": 文件过大（50 MB），超过 4 MB 的上限，未读取；请确认文件是否选对"),
                thrown.errors().stream().map(CatalogueError::toString).toList());
    }

    @Test
    void aScalarOfAMillionCharactersIsRefusedByTheParser() {
        CatalogueException thrown = assertThrows(CatalogueException.class,
                () -> CatalogueLoader.load("long.yaml", "edition: x\ntitle: " + "长".repeat(1_000_001) + "\n"));

        assertEquals(List.of("long.yaml:2:8: YAML 结构超出安全上限（嵌套过深或单个值过长），已拒绝读取"),
                thrown.errors().stream().map(CatalogueError::toString).toList());
    }

    @Test
    void textOfMoreCodePointsThanAFileMayHoldIsRefusedByTheParser() {
        String comments = "# 注释\n".repeat(1_000_000); // 5 million code points, no scalar longer than a line

        CatalogueException thrown = assertThrows(CatalogueException.class,
                () -> CatalogueLoader.load("long.yaml", comments + "edition: x\n"));

        assertEquals(List.of("long.yaml:1:1: YAML 文本超出安全上限（超过 4194304 个字符），已拒绝读取"),
                thrown.errors().stream().map(CatalogueError::toString).toList());
    }

    @Test
    void fileNameDoesNotMatter(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("whatever.txt");
        Files.writeString(file, minimal(), StandardCharsets.UTF_8);

        assertEquals(2, CatalogueLoader.load(file).indicators().size());
    }

    @Test
    void metricKeepsItsFourArgumentConstructor() {
        Metric metric = new Metric("m", "名称", MetricKind.COUNT, List.of("别名"));

        assertEquals(List.of(), metric.context());
    }
}
