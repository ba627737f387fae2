package org.gapcheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class FileNamesTest {

    @Test
    void aNameThatFitsIsKept() {
        String name = "红".repeat(66) + "ab";   // 200 bytes
        assertEquals(name, FileNames.shortened(name, 200));
        assertEquals("000_4257578ea403ef7a", FileNames.shortened("000_4257578ea403ef7a", 200));
    }

    @Test
    void aLongNameIsCutOnACharBoundaryAndKeepsAHashOfTheWholeName() {
        String name = "红".repeat(80) + "a";
        String shortened = FileNames.shortened(name, 200);
        assertEquals("红".repeat(63) + "~", shortened.substring(0, 64));
        assertTrue(shortened.matches("红{63}~[0-9a-f]{8}"), shortened);
        assertTrue(shortened.getBytes(StandardCharsets.UTF_8).length <= 200);
        assertEquals(shortened, FileNames.shortened(name, 200), "the same name every run");
        assertNotEquals(shortened, FileNames.shortened("红".repeat(80) + "b", 200), "names that differ late stay apart");
    }

    @Test
    void aCharOutsideTheBasicPlaneIsNeverSplit() {
        String name = "𠀀".repeat(60);   // 4 bytes each, two chars of UTF-16
        String cut = FileNames.truncated(name, 10);
        assertEquals("𠀀𠀀", cut);
        assertEquals(cut, new String(cut.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8));
        assertEquals(240, FileNames.utf8Length(name));
    }
}
