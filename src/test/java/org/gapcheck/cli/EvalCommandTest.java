package org.gapcheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvalCommandTest {
    private static final String SEED = "seeds/002_d9e95e2a48e67257.txt";

    @Test
    void printsTheTableWithTotals() {
        CliRun run = CliRun.of("eval", "--gold", "src/test/resources/gold", SEED);
        assertEquals(0, run.exitCode(), run::toString);
        assertTrue(run.out().startsWith("报告"), run::toString);
        for (String header : new String[] {"类别", "命中/应有", "正确/抽取", "精确率", "召回率", "F1"}) {
            assertTrue(run.out().lines().findFirst().orElseThrow().contains(header), header);
        }
        assertTrue(run.out().contains("002_d9e95e2a48e67257.txt  不足"), run::toString);
        assertTrue(run.out().contains("合计"), run::toString);
    }

    @Test
    void aMissingGoldFileIsBadInputNamingTheFile(@TempDir Path empty) {
        CliRun run = CliRun.of("eval", "--gold", empty.resolve("nowhere").toString(), SEED);
        assertEquals(3, run.exitCode(), run::toString);
        assertTrue(run.err().contains("002_d9e95e2a48e67257.yaml"), run::toString);
        assertTrue(run.err().contains("找不到标注文件"), run::toString);
    }

    @Test
    void anUnreadableReportIsBadInput(@TempDir Path dir) {
        Path absent = dir.resolve("000_4257578ea403ef7a.txt");
        CliRun run = CliRun.of("eval", "--gold", "src/test/resources/gold", absent.toString());
        assertEquals(3, run.exitCode(), run::toString);
        assertTrue(run.err().contains("000_4257578ea403ef7a.txt"), run::toString);
    }

    @Test
    void goldAndFilesAreRequired() {
        assertEquals(2, CliRun.of("eval", SEED).exitCode());
        assertEquals(2, CliRun.of("eval", "--gold", "src/test/resources/gold").exitCode());
    }
}
