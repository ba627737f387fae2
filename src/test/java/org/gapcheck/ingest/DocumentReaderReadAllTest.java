package org.gapcheck.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Several files read as one report: a report delivered in parts, one folder per submission in a batch. */
class DocumentReaderReadAllTest {
    private static final String SEED = "001_2dee9f555e64716b";

    @TempDir
    Path dir;

    @Test
    void partsSplitAtAParagraphReadAsTheWholeReport() throws Exception {
        String text = Files.readString(Seeds.report(SEED), StandardCharsets.UTF_8);
        int boundary = text.indexOf("\n\n", text.length() / 2);
        Path first = Files.writeString(dir.resolve("1.txt"), text.substring(0, boundary + 2), StandardCharsets.UTF_8);
        Path second = Files.write(dir.resolve("2.txt"), text.substring(boundary + 2).getBytes(Charset.forName("GB18030")));

        Document whole = DocumentReader.read(Seeds.report(SEED), null);
        Document joined = DocumentReader.readAll("红桥区2020", List.of(first, second), null);

        assertEquals("红桥区2020", joined.name());
        assertEquals(whole.text(), joined.text());
        assertEquals(whole.sections(), joined.sections());
        assertEquals(whole.sentences(), joined.sentences());
        assertEquals(whole.unit(), joined.unit());
        assertEquals(whole.year(), joined.year());
        assertEquals(whole.published(), joined.published());
    }

    @Test
    void partsAreJoinedInTheGivenOrderWithOneBlankLineBetween() throws Exception {
        Path a = Files.writeString(dir.resolve("a.txt"), "一、主要举措和成效\r\n\r\n", StandardCharsets.UTF_8);
        Path b = Files.writeString(dir.resolve("b.txt"), "二、存在的不足和原因", StandardCharsets.UTF_8);

        assertEquals("二、存在的不足和原因\n\n一、主要举措和成效",
                DocumentReader.readAll("x", List.of(b, a), null).text());
    }

    @Test
    void aPartThatCannotBeReadFailsTheReportNamingThatPart() throws Exception {
        Path good = Files.writeString(dir.resolve("1.txt"), "一、主要举措和成效", StandardCharsets.UTF_8);
        Path empty = Files.write(dir.resolve("2.txt"), new byte[0]);

        IngestException e = assertThrows(IngestException.class,
                () -> DocumentReader.readAll("x", List.of(good, empty), null));

        assertEquals(empty, e.path());
        assertEquals("文件为空", e.reason());
    }

    @Test
    void textWithNulCharsIsRejectedAsBinary() throws Exception {
        Path file = Files.write(dir.resolve("data.txt"), "法治政府建设\u0000\u0000abc".getBytes(StandardCharsets.UTF_8));

        IngestException e = assertThrows(IngestException.class, () -> DocumentReader.read(file, null));

        assertTrue(e.reason().startsWith("文件含有二进制内容"), e.reason());
    }
}
