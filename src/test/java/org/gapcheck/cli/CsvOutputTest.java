package org.gapcheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.gapcheck.report.CsvRows;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `check --format csv`: a gap list that Excel and WPS open as Chinese text, one row per report and indicator. */
class CsvOutputTest {

    @Test
    void csvStartsWithABomAndHoldsOneQuotedRowPerIndicator(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("gaps.csv");
        CliRun run = CliRun.of("check", "seeds/001_2dee9f555e64716b.txt", "--format", "csv", "-o", out.toString());
        assertEquals(0, run.exitCode(), run::toString);
        byte[] bytes = Files.readAllBytes(out);
        assertEquals(List.of((byte) 0xEF, (byte) 0xBB, (byte) 0xBF), List.of(bytes[0], bytes[1], bytes[2]));

        List<List<String>> rows = CsvRows.parse(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8));
        assertEquals(List.of("报告文件", "单位", "序号", "一级指标", "二级指标", "指标", "结论", "规则", "阈值", "现状（佐证）",
                "差距", "整改建议"), rows.get(0));
        assertEquals(101, rows.size(), "a header and the 100 indicators");
        List<String> court = rows.stream().filter(r -> r.get(2).equals("61")).findFirst().orElseThrow();
        assertEquals("未达标", court.get(6));
        assertEquals("差 18.75 个百分点", court.get(10));
        assertTrue(court.get(9).contains("从2019年全年4.4%跃升至2020年的81.25%"), court::toString);
        assertTrue(rows.stream().allMatch(r -> r.size() == 12), "every row has every column, commas in the text quoted");
    }
}
