package org.gapcheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** A report given as a saved government web page goes through the command line like a text report. */
class HtmlInputTest {

    private static final String PAGE = "src/test/resources/ingest/html/hongqiao-2020.html";

    @Test
    void factsOfAGbkPageNameTheUnitYearAndPublicationDate() throws Exception {
        CliRun run = CliRun.of("facts", PAGE, "--format", "json");
        assertEquals(0, run.exitCode(), run::toString);
        JsonNode root = new ObjectMapper().readTree(run.out());
        assertEquals("hongqiao-2020.html", root.get("report").asText());
        assertEquals("天津市红桥区人民政府", root.get("unit").asText());
        assertEquals(2020, root.get("year").asInt());
        assertTrue(root.get("published").toString().contains("2021-02-26"), root.get("published")::toString);
        assertEquals(3, root.get("sections").size());
        assertTrue(root.get("metrics").size() > 50, "metrics: " + root.get("metrics").size());
    }

    @Test
    void encodingOptionThatDoesNotFitThePageIsAOneLineError() {
        CliRun run = CliRun.of("check", PAGE, "--encoding", "UTF-8");
        assertEquals(Main.BAD_INPUT, run.exitCode(), run::toString);
        assertEquals(PAGE + "：文件内容不是有效的 UTF-8 编码", run.err().strip().lines().reduce((a, b) -> b).orElse(""),
                run::toString);
    }
}
