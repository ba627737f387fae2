package org.gapcheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.gapcheck.ingest.DocumentReader;
import org.junit.jupiter.api.Test;

class FactsCommandDocxTest {

    @Test
    void factsOfAWordReportPointIntoItsTextAndFindTheTableFigures() throws Exception {
        Path docx = Path.of("src/test/resources/ingest/docx/000_4257578ea403ef7a.docx");
        CliRun run = CliRun.of("facts", docx.toString(), "--format", "json");
        assertEquals(0, run.exitCode(), run::toString);
        JsonNode root = new ObjectMapper().readTree(run.out());
        assertEquals("天津市红桥区人民政府", root.get("unit").asText());
        assertEquals(4, root.get("sections").size());
        String text = DocumentReader.read(docx, null).text();
        boolean tableFigure = false;
        for (JsonNode m : root.get("metrics")) {
            assertEquals(m.get("text").asText(), text.substring(m.get("start").asInt(), m.get("end").asInt()));
            if ("litigation_cases".equals(m.get("metric").asText())) {
                assertEquals(32, m.get("value").asInt());
                assertEquals("行政诉讼案件\t32件", m.get("text").asText());
                tableFigure = true;
            }
        }
        assertTrue(tableFigure, "行政诉讼案件 from the table is among the facts");
    }
}
