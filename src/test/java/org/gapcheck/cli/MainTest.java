package org.gapcheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MainTest {
    private static final List<String> COMMANDS = List.of("check", "facts", "rules", "catalogue", "eval", "compare", "batch");

    @Test
    void helpListsEveryCommandInOrder() {
        CliRun run = CliRun.of("--help");
        assertEquals(Main.OK, run.exitCode(), run::toString);
        int last = -1;
        for (String command : COMMANDS) {
            int at = run.out().indexOf("\n  " + command + " ");
            assertTrue(at > last, command + " missing or out of order\n" + run);
            last = at;
        }
    }

    @Test
    void aNamedCommandIsTheOnlyOneBuilt() {
        assertEquals(Set.of("check"), Main.commandLine(new String[] {"check", "report.txt"}).getSubcommands().keySet());
        assertEquals(Set.copyOf(COMMANDS), Main.commandLine(new String[] {"--help"}).getSubcommands().keySet());
        assertEquals(Set.copyOf(COMMANDS), Main.commandLine(new String[0]).getSubcommands().keySet());
    }

    @Test
    void aCommandsOwnHelpAndAMistypedCommand() {
        CliRun help = CliRun.of("batch", "--help");
        assertEquals(Main.OK, help.exitCode(), help::toString);
        assertTrue(help.out().contains("用法：gapcheck batch"), help::toString);

        CliRun typo = CliRun.of("chek", "report.txt");
        assertEquals(Main.USAGE, typo.exitCode(), typo::toString);
        assertTrue(typo.err().contains("无法识别的参数或选项：chek"), typo::toString);
    }
}
