package org.gapcheck.ingest;

import static org.gapcheck.ingest.WordFixture.STYLES;
import static org.gapcheck.ingest.WordFixture.W;
import static org.gapcheck.ingest.WordFixture.abstractNum;
import static org.gapcheck.ingest.WordFixture.num;
import static org.gapcheck.ingest.WordFixture.numbered;
import static org.gapcheck.ingest.WordFixture.numbering;
import static org.gapcheck.ingest.WordFixture.p;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class DocxTextTest {

    private static final Path FILE = Path.of("report.docx");

    @TempDir
    Path dir;

    static Stream<String> seeds() {
        return DocxSeedFixtures.SEEDS.stream();
    }

    // --- the Word versions of seeds 000 and 004 (see DocxSeedFixtures for what each holds)

    @ParameterizedTest
    @MethodSource("seeds")
    void wordSeedHasTheGoldSectionsUnitAndYear(String seed) throws Exception {
        Document doc = DocumentReader.read(DocxSeedFixtures.committed(seed), null);
        Seeds.assertGoldSectionsUnitAndYear(seed, doc);
    }

    /**
     * The seed's lines in the seed's order, numbers included, with only the fixture's own edits: statistics moved into a
     * table (a row per line, cells tab-separated) and pandoc's bookmark marker gone. No table of contents, no header or
     * footer line in between.
     */
    @ParameterizedTest
    @MethodSource("seeds")
    void wordSeedReadsAsTheSeedLineByLineWithTablesInPlace(String seed) throws Exception {
        List<String> expected = new ArrayList<>();
        for (String line : Files.readAllLines(Seeds.report(seed), StandardCharsets.UTF_8)) {
            if (line.startsWith(DocxSeedFixtures.LITIGATION_SENTENCES)) {
                expected.add(DocxSeedFixtures.LITIGATION_LEAD);
                DocxSeedFixtures.LITIGATION_TABLE.forEach(row -> expected.add(String.join("\t", row)));
                expected.add(line.substring(DocxSeedFixtures.LITIGATION_SENTENCES.length()));
            } else if (line.contains(DocxSeedFixtures.PETITION_SENTENCE)) {
                int at = line.indexOf(DocxSeedFixtures.PETITION_SENTENCE);
                expected.add(line.substring(0, at) + DocxSeedFixtures.PETITION_LEAD);
                DocxSeedFixtures.PETITION_TABLE.forEach(row -> expected.add(String.join("\t", row)));
                expected.add(line.substring(at + DocxSeedFixtures.PETITION_SENTENCE.length()));
            } else {
                expected.add(line.replace("[bookmark: _GoBack]", ""));
            }
        }
        assertEquals(nonBlankStripped(expected), nonBlankStripped(List.of(text(DocxSeedFixtures.committed(seed)).split("\n"))));
    }

    @Test
    void pageHeadersFootersAndTheTableOfContentsAreNoReportText() throws Exception {
        String text000 = text(DocxSeedFixtures.committed("000_4257578ea403ef7a"));
        assertFalse(text000.contains(DocxSeedFixtures.HEADER_000), "running title from the header");
        assertFalse(text000.contains("页"), "page number from the footer");
        List<String> lines000 = List.of(text000.split("\n"));
        assertFalse(lines000.contains("目录"), "table of contents");
        assertFalse(lines000.contains("一、主要举措和成效\t1"), "table of contents");
        assertEquals(1, lines000.stream().filter(l -> l.startsWith("三、存在的不足")).count());
        Document doc004 = DocumentReader.read(DocxSeedFixtures.committed("004_73f35b073ab9b22c"), null);
        assertFalse(doc004.text().contains("大港街道办事处"));
        assertNull(doc004.published(), "the 发布时间 line is in the page header only");
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void committedWordSeedIsWhatTheGeneratorBuilds(String seed) throws Exception {
        Path fresh = dir.resolve(seed + ".docx");
        Files.write(fresh, DocxSeedFixtures.build(seed));
        assertEquals(text(fresh), text(DocxSeedFixtures.committed(seed)),
                "run DocxSeedFixtures.main to rewrite " + DocxSeedFixtures.DIR);
    }

    // --- numbering

    @Test
    void listLabelsAreWrittenAsWordShowsThem() throws Exception {
        String defs = numbering(
                abstractNum(0, "chineseCounting", "%1、", "chineseCounting", "（%2）", "decimal", "%3."),
                abstractNum(1, "decimalEnclosedCircle", "%1", "upperLetter", "%2)", "lowerRoman", "%3"),
                abstractNum(2, "decimal", "%1.", "decimal", "%1.%2"),
                num(1, 0), num(2, 1), num(3, 2));
        StringBuilder body = new StringBuilder();
        for (int i = 1; i <= 12; i++) {
            body.append(numbered(1, 0, "部分" + i));
        }
        body.append(numbered(1, 1, "甲")).append(numbered(1, 1, "乙")).append(numbered(1, 2, "丙"))
                .append(numbered(1, 0, "部分13")).append(numbered(1, 1, "丁"));
        body.append(numbered(2, 0, "a")).append(numbered(2, 1, "b")).append(numbered(2, 1, "c"))
                .append(numbered(2, 2, "d")).append(numbered(2, 2, "e"));
        body.append(numbered(3, 0, "x")).append(numbered(3, 1, "y")).append(numbered(3, 1, "z"))
                .append(numbered(3, 0, "w")).append(numbered(3, 1, "v"));
        List<String> lines = lines(WordFixture.docx(STYLES, defs, body.toString()));
        assertEquals(List.of("一、 部分1", "二、 部分2", "三、 部分3", "四、 部分4", "五、 部分5", "六、 部分6", "七、 部分7",
                "八、 部分8", "九、 部分9", "十、 部分10", "十一、 部分11", "十二、 部分12",
                "（一） 甲", "（二） 乙", "1. 丙", "十三、 部分13", "（一） 丁",
                "① a", "A) b", "B) c", "i d", "ii e",
                "1. x", "1.1 y", "1.2 z", "2. w", "2.1 v"), lines);
    }

    @Test
    void aStartOverrideRestartsTheListAndInstancesOfOneListContinueIt() throws Exception {
        String defs = numbering(abstractNum(0, "decimal", "%1."),
                num(1, 0), num(2, 0),
                "<w:num w:numId=\"3\"><w:abstractNumId w:val=\"0\"/>"
                        + "<w:lvlOverride w:ilvl=\"0\"><w:startOverride w:val=\"1\"/></w:lvlOverride></w:num>");
        String body = numbered(1, 0, "a") + numbered(1, 0, "b") + numbered(2, 0, "c") + numbered(3, 0, "d")
                + numbered(3, 0, "e") + numbered(0, 0, "无编号");
        assertEquals(List.of("1. a", "2. b", "3. c", "1. d", "2. e", "无编号"),
                lines(WordFixture.docx(STYLES, defs, body)));
    }

    @Test
    void numberingAfterTheNumberIsSeparatedAsWordSpacesIt() throws Exception {
        String defs = numbering("<w:abstractNum w:abstractNumId=\"0\"><w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/>"
                + "<w:numFmt w:val=\"chineseCounting\"/><w:suff w:val=\"nothing\"/><w:lvlText w:val=\"%1、\"/></w:lvl>"
                + "</w:abstractNum>"
                + "<w:abstractNum w:abstractNumId=\"1\"><w:lvl w:ilvl=\"0\"><w:start w:val=\"3\"/>"
                + "<w:numFmt w:val=\"decimal\"/><w:suff w:val=\"space\"/><w:lvlText w:val=\"%1.\"/></w:lvl>"
                + "</w:abstractNum>"
                + "<w:abstractNum w:abstractNumId=\"2\"><w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/>"
                + "<w:numFmt w:val=\"bullet\"/><w:lvlText w:val=\"\uF0B7\"/></w:lvl></w:abstractNum>",
                num(1, 0), num(2, 1), num(3, 2));
        String body = numbered(1, 0, "主要举措和成效") + numbered(2, 0, "2023年，完成审查17件") + numbered(3, 0, "要点");
        assertEquals(List.of("一、主要举措和成效", "3. 2023年，完成审查17件", "要点"),
                lines(WordFixture.docx(STYLES, defs, body)));
    }

    // --- headings without numbers

    @Test
    void levelOneHeadingsWithoutNumbersGetTheNextChineseOrdinalButTheTitleDoesNot() throws Exception {
        String body = p("1", "某区司法局2023年法治政府建设情况报告")
                + p("2023年，我局……")
                + p("1", "主要举措和成效")
                + p("正文。")
                + p("1", "二、履行第一责任人职责情况")
                + p("1", "存在的不足和原因")
                + p("1", "其他需要报告的情况")
                + p("1", "附件：2023年度工作报告");
        assertEquals(List.of("某区司法局2023年法治政府建设情况报告", "2023年，我局……", "一、主要举措和成效", "正文。",
                        "二、履行第一责任人职责情况", "三、存在的不足和原因", "四、其他需要报告的情况", "附件：2023年度工作报告"),
                lines(WordFixture.docx(STYLES, null, body)));
    }

    @Test
    void aTitleStyleOrAnOutlineLevelDecidesWhatIsALevelOneHeading() throws Exception {
        String outlined = "<w:p><w:pPr><w:outlineLvl w:val=\"0\"/></w:pPr><w:r><w:t>主要举措</w:t></w:r></w:p>";
        String body = p("a3", "某区人民政府") + p("1", "主要举措和成效") + p("2", "依法行政") + outlined;
        assertEquals(List.of("某区人民政府", "一、主要举措和成效", "依法行政", "二、主要举措"),
                lines(WordFixture.docx(STYLES, null, body)));
    }

    @Test
    void aDocumentWithoutStylesStillReads() throws Exception {
        assertEquals(List.of("一、主要举措", "正文"),
                lines(WordFixture.docx(null, null, p("一、主要举措") + p("正文"))));
    }

    // --- runs

    @Test
    void runsReadAsWordShowsThem() throws Exception {
        String body = "<w:p><w:r><w:t>天津市某区2023年度法治</w:t><w:br/><w:t>政府建设情况报告</w:t></w:r></w:p>"
                + "<w:p><w:r><w:t>复议</w:t><w:tab/><w:t>12件</w:t></w:r>"
                + "<w:del w:id=\"1\" w:author=\"a\"><w:r><w:delText>删去的字</w:delText></w:r></w:del>"
                + "<w:ins w:id=\"2\" w:author=\"a\"><w:r><w:t>，新增</w:t></w:r></w:ins>"
                + "<w:r><w:rPr><w:vanish/></w:rPr><w:t>隐藏</w:t></w:r>"
                + "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText> HYPERLINK \"x\" </w:instrText></w:r>"
                + "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r><w:r><w:t>链接文字</w:t></w:r>"
                + "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r>"
                + "<w:r><w:footnoteReference w:id=\"1\"/></w:r><w:r><w:t>。</w:t></w:r></w:p>";
        assertEquals(List.of("天津市某区2023年度法治", "政府建设情况报告", "复议\t12件，新增链接文字。"),
                lines(WordFixture.docx(STYLES, null, body)));
    }

    // --- tables

    @Test
    void tableRowsAreLinesOfTabSeparatedCellsInDocumentOrder() throws Exception {
        String body = p("前文")
                + table(row(cell(p("行政复议")), cell(p("案件")), cell(p("1423件"))),
                        row(cell(p("行政诉讼"), p("案件")), cell(""), cell(p("32"), p("件"))),
                        row(cell(p("合计")), cell(p("12")), cell(p("34"))))
                + p("后文");
        assertEquals(List.of("前文", "行政复议\t案件\t1423件", "行政诉讼案件\t32件", "合计\t12\t34", "后文"),
                lines(WordFixture.docx(STYLES, null, body)));
    }

    @Test
    void aFrameTableKeepsItsParagraphsAndNestedTablesAreReadInPlace() throws Exception {
        String nested = table(row(cell(p("行政复议案件")), cell(p("1423件"))));
        String body = p("2023年，我区……") + table(row(cell(p("1", "主要举措和成效") + p("正文一。") + nested + p("正文二。"))))
                + "<w:sdt><w:sdtPr><w:alias w:val=\"结尾\"/></w:sdtPr><w:sdtContent>" + p("特此报告。")
                + "</w:sdtContent></w:sdt>";
        assertEquals(List.of("2023年，我区……", "一、主要举措和成效", "正文一。", "行政复议案件\t1423件", "正文二。", "特此报告。"),
                lines(WordFixture.docx(STYLES, null, body)));
    }

    @Test
    void tablesNestedBeyondAnyRealDocumentAreRefusedNotOverflowed() {
        String nested = p("最里面");
        for (int i = 0; i < 200; i++) {
            nested = table(row(cell(nested)));
        }
        byte[] docx = WordFixture.docx(STYLES, null, p("前文") + nested);
        IngestException e = assertThrows(IngestException.class, () -> DocxText.read(FILE, docx, null));
        assertTrue(e.reason().contains("嵌套"), e.reason());
    }

    @Test
    void aDocumentWithoutBodyHasNoText() throws Exception {
        byte[] docx = DocxCorpus.minimalPackage("<w:document " + W + "/>");
        assertEquals("", DocxText.read(FILE, docx, null));
    }

    // --- failures

    @Test
    void bytesThatAreNoZipAreNoDocx() {
        assertReason(DocxText.NOT_DOCX, "这不是 Word 文档，只是一段文字。".getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aDocxCutShortIsIncomplete() {
        byte[] whole = WordFixture.paragraphs("第一段", "第二段");
        assertReason(DocxText.DAMAGED, Arrays.copyOf(whole, whole.length / 2));
    }

    @Test
    void aZipWithoutWordDocumentIsNoWordDocument() throws Exception {
        assertReason(DocxText.NO_DOCUMENT, zip("readme.txt", "hello".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void anInflationBombIsRefused() throws Exception {
        byte[] bomb = zip("word/document.xml", " ".repeat(20_000_000).getBytes(StandardCharsets.US_ASCII));
        assertReason(DocxText.ZIP_BOMB, bomb);
    }

    /** Each part within the ratio and size limits (runs of 100 equal bytes deflate about 40 times), 300 MiB in all. */
    @Test
    void partsThatInflateTooMuchTogetherAreRefused() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        java.util.Random random = new java.util.Random(6);
        byte[] part = new byte[60 << 20];
        for (int i = 0; i < part.length; i += 100) {
            Arrays.fill(part, i, Math.min(i + 100, part.length), (byte) random.nextInt(256));
        }
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (int i = 0; i < 5; i++) {
                zip.putNextEntry(new ZipEntry("word/media/image" + i + ".bmp"));
                zip.write(part);
                zip.closeEntry();
            }
        }
        assertReason(DocxText.ZIP_BOMB, out.toByteArray());
    }

    @Test
    void anOldWordFileNamedDocxIsToldToBeSavedAsDocx() throws Exception {
        try (POIFSFileSystem fs = new POIFSFileSystem(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            fs.createDocument(new java.io.ByteArrayInputStream(new byte[4096]), "WordDocument");
            fs.writeFilesystem(out);
            assertReason(DocxText.OLD_WORD, out.toByteArray());
        }
    }

    @Test
    void anEncryptedDocxAsksForThePasswordToBeRemoved() throws Exception {
        try (POIFSFileSystem fs = new POIFSFileSystem(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            encryptor.confirmPassword("gapcheck");
            try (OutputStream os = encryptor.getDataStream(fs)) {
                os.write(WordFixture.paragraphs("机密"));
            }
            fs.writeFilesystem(out);
            assertReason(DocxText.ENCRYPTED, out.toByteArray());
        }
    }

    // --- helpers

    private void assertReason(String reason, byte[] bytes) {
        IngestException e = assertThrows(IngestException.class, () -> DocxText.read(FILE, bytes, null));
        assertEquals(reason, e.reason());
    }

    private static String text(Path docx) throws IOException, IngestException {
        return DocxText.read(docx, Files.readAllBytes(docx), null);
    }

    private static List<String> lines(byte[] docx) throws IngestException {
        return List.of(DocxText.read(FILE, docx, null).split("\n"));
    }

    private static List<String> nonBlankStripped(List<String> lines) {
        return lines.stream().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }

    private static String table(String... rows) {
        return "<w:tbl><w:tblPr/><w:tblGrid/>" + String.join("", rows) + "</w:tbl>";
    }

    private static String row(String... cells) {
        return "<w:tr>" + String.join("", cells) + "</w:tr>";
    }

    private static String cell(String... blocks) {
        String content = String.join("", blocks);
        return "<w:tc>" + (content.isEmpty() ? "<w:p/>" : content) + "</w:tc>";
    }

    private static byte[] zip(String name, byte[] content) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry(name));
            zip.write(content);
            zip.closeEntry();
        }
        return out.toByteArray();
    }
}
