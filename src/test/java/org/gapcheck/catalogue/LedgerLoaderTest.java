package org.gapcheck.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.RandomAccessFile;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The ledger file (--facts) is validated against the catalogue, every error located by line:column and field. */
class LedgerLoaderTest {
    private static Catalogue catalogue;

    @BeforeAll
    static void loadCatalogue() throws Exception {
        catalogue = CatalogueLoader.load(Path.of("criteria/demo-2021.yaml"));
    }

    private static List<String> errors(String yaml) {
        LedgerException e = assertThrows(LedgerException.class, () -> LedgerLoader.load("台账.yaml", yaml, catalogue));
        return e.errors().stream().map(CatalogueError::toString).toList();
    }

    @Test
    void loadsFactsWithTheirSourceAndOptionalReport() throws Exception {
        List<LedgerFact> facts = LedgerLoader.load("台账.yaml", """
                facts:
                  - metric: court_appearance_rate
                    value: 100
                    source: 区司法局行政应诉台账
                    report: 001_2dee9f555e64716b.txt
                  - metric: reconsideration_cases
                    value: 1423
                    unit: 件
                    source: 区行政复议局统计
                """, catalogue);
        assertEquals(2, facts.size());
        assertEquals(new LedgerFact("court_appearance_rate", new BigDecimal("100"), "%", "区司法局行政应诉台账",
                "001_2dee9f555e64716b.txt"), facts.get(0));
        assertEquals("件", facts.get(1).unit());
        assertEquals(null, facts.get(1).report());
        assertEquals(true, facts.get(0).appliesTo("001_2dee9f555e64716b"));
        assertEquals(false, facts.get(0).appliesTo("000_x.txt"));
    }

    @Test
    void everyErrorIsLocatedAndNamesTheField() {
        assertEquals(List.of(
                "台账.yaml:2:13: 字段 facts[0].metric：指标目录中没有数据项 court_apearance_rate；是否想写 court_appearance_rate？",
                "台账.yaml:6:12: 字段 facts[1].value：行政机关负责人出庭应诉率的数值必须在 0 到 100 之间（百分数），实际为 120",
                "台账.yaml:8:5: 字段 facts[2].source：缺少必填字段 source",
                "台账.yaml:10:5: 字段 facts[2].sorce：未知字段 sorce；台账数据允许的字段为 metric, value, unit, source, report；是否想写 source？",
                "台账.yaml:12:12: 字段 facts[3].value：数值必须是数字（不加引号的 YAML 数字），实际为文本 \"100%\""),
                errors("""
                        facts:
                          - metric: court_apearance_rate
                            value: 100
                            source: 台账
                          - metric: court_appearance_rate
                            value: 120
                            source: 台账
                          - metric: court_appearance_rate
                            value: 100
                            sorce: 台账
                          - metric: court_appearance_rate
                            value: "100%"
                            source: 台账
                        """));
    }

    @Test
    void anEmptyOrMisshapenFileSaysWhatItShouldHold() {
        assertEquals(List.of("台账.yaml:1:1: 文件是空的：顶层必须是包含 facts 列表的映射"), errors(""));
        assertEquals(List.of("台账.yaml:1:1: 顶层必须是包含 facts 列表的映射，实际为列表"), errors("- 1\n"));
    }

    @Test
    void aFileOverTheSizeLimitIsRefusedBeforeItIsParsed(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("台账.yaml");
        Files.writeString(file, "facts:\n  - metric: court_appearance_rate\n    source: \"");
        try (var sparse = new RandomAccessFile(file.toFile(), "rw")) {
            sparse.setLength(50L * 1024 * 1024);
        }

        LedgerException thrown = assertThrows(LedgerException.class, () -> LedgerLoader.load(file, catalogue));

        assertEquals(List.of(file + ": 文件过大（50 MB），超过 4 MB 的上限，未读取；请确认文件是否选对"),
                thrown.errors().stream().map(CatalogueError::toString).toList());
    }
}
