package org.gapcheck.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.RandomAccessFile;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocumentReaderTest {

    private static final Charset GB18030 = Charset.forName("GB18030");
    private static final String SEED = "000_4257578ea403ef7a";

    private static String seedText;

    @TempDir
    Path dir;

    @BeforeAll
    static void readSeed() throws Exception {
        seedText = Files.readString(Seeds.report(SEED), StandardCharsets.UTF_8);
    }

    @Test
    void readsPlainUtf8AndNamesTheDocumentAfterTheFile() throws Exception {
        Document doc = DocumentReader.read(Seeds.report(SEED), null);
        assertEquals(SEED + ".txt", doc.name());
        assertEquals(seedText, doc.text());
    }

    @Test
    void stripsUtf8Bom() throws Exception {
        assertEquals(seedText, readBytes(concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                seedText.getBytes(StandardCharsets.UTF_8))));
    }

    @Test
    void decodesUtf16LittleEndianWithBom() throws Exception {
        assertEquals(seedText, readBytes(concat(new byte[] {(byte) 0xFF, (byte) 0xFE},
                seedText.getBytes(StandardCharsets.UTF_16LE))));
    }

    @Test
    void decodesUtf16BigEndianWithBom() throws Exception {
        assertEquals(seedText, readBytes(concat(new byte[] {(byte) 0xFE, (byte) 0xFF},
                seedText.getBytes(StandardCharsets.UTF_16BE))));
    }

    @Test
    void fallsBackToGb18030WhenNotUtf8() throws Exception {
        assertEquals(seedText, readBytes(seedText.getBytes(GB18030)));
    }

    @Test
    void overrideDecodesWhatDetectionCannot() throws Exception {
        byte[] withoutBom = seedText.getBytes(StandardCharsets.UTF_16LE);
        Path file = write("override.txt", withoutBom);
        IngestException e = assertThrows(IngestException.class, () -> DocumentReader.read(file, null));
        assertTrue(e.reason().startsWith("无法识别文件编码：看起来是不带 BOM 的 UTF-16LE 文本，可用 --encoding UTF-16LE"), e.reason());
        assertEquals(seedText, DocumentReader.read(file, StandardCharsets.UTF_16LE).text());
    }

    @Test
    void overrideThatDoesNotFitTheBytesIsReported() throws Exception {
        Path file = write("gb.txt", seedText.getBytes(GB18030));
        IngestException e = assertThrows(IngestException.class,
                () -> DocumentReader.read(file, StandardCharsets.UTF_8));
        assertTrue(e.reason().contains("UTF-8") && e.reason().contains("编码"), e.getMessage());
    }

    @Test
    void emptyFileIsRejected() throws Exception {
        Path file = write("empty.txt", new byte[0]);
        assertProblem(file, "文件为空");
    }

    @Test
    void blankFileIsRejected() throws Exception {
        Path file = write("blank.txt", " \r\n\u3000\n".getBytes(StandardCharsets.UTF_8));
        assertProblem(file, "文件没有文字内容");
    }

    @Test
    void unknownExtensionIsRejected() throws Exception {
        Path file = write("report.xyz", seedText.getBytes(StandardCharsets.UTF_8));
        assertProblem(file, "不支持的文件类型：.xyz");
    }

    @Test
    void wordFormatsItCannotReadGetASaveAsHint() throws Exception {
        Path file = write("报告.doc", new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0});
        IngestException e = assertThrows(IngestException.class, () -> DocumentReader.read(file, null));
        assertTrue(e.reason().startsWith("不支持的文件类型：.doc") && e.reason().endsWith("另存为 .docx"), e.reason());
    }

    @Test
    void fileAboveItsFormatsLimitIsRefusedBeforeItIsRead() throws Exception {
        Path file = dir.resolve("huge.txt");
        try (RandomAccessFile sparse = new RandomAccessFile(file.toFile(), "rw")) {
            sparse.setLength(50L * 1024 * 1024);
        }
        assertProblem(file, "文件过大（50.0 MB），超过 .txt 报告的上限 8 MB");
    }

    @Test
    void missingFileIsRejected() {
        assertProblem(dir.resolve("nowhere.txt"), "文件不存在");
    }

    @Test
    void directoryIsRejected() throws Exception {
        Path sub = Files.createDirectory(dir.resolve("folder.txt"));
        assertProblem(sub, "路径是目录");
    }

    private void assertProblem(Path file, String expectedReason) {
        IngestException e = assertThrows(IngestException.class, () -> DocumentReader.read(file, null));
        assertTrue(e.reason().startsWith(expectedReason), "reason was: " + e.reason());
        assertEquals(file, e.path());
        assertTrue(e.getMessage().contains(expectedReason) && e.getMessage().contains(file.toString()), e.getMessage());
        assertTrue(!e.getMessage().contains("Exception") && !e.getMessage().contains("\tat "), e.getMessage());
    }

    private String readBytes(byte[] bytes) throws Exception {
        return DocumentReader.read(write("seed.txt", bytes), null).text();
    }

    private Path write(String name, byte[] bytes) throws Exception {
        return Files.write(dir.resolve(name), bytes);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(a);
        out.writeBytes(b);
        return out.toByteArray();
    }
}
