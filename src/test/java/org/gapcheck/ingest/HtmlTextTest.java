package org.gapcheck.ingest;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HtmlTextTest {

    private static final Charset GBK = Charset.forName("GBK");
    private static final String SEED = "001_2dee9f555e64716b";
    private static final String REPORT = """
            <h1>某某区司法局关于2022年度法治政府建设情况的报告</h1>
            <p>　　2022年，区司法局坚持以习近平新时代中国特色社会主义思想为指导，深入学习贯彻习近平法治思想，认真落实党中央、国务院关于法治政府建设的决策部署，全面推进依法行政，各项工作取得新进展。现将有关情况报告如下：</p>
            <p>一、主要举措和成效</p>
            <p>　　全年办理行政复议案件14件，行政机关负责人出庭应诉率达到100%。严格落实重大行政决策程序，完善合法性审查机制，推行行政执法公示、执法全过程记录和重大执法决定法制审核制度。</p>
            <p>二、存在的不足和原因</p>
            <p>　　执法监督力度不够，部分执法人员运用法治思维和法治方式解决问题的能力有待提高。</p>
            <p>三、下一年度主要安排</p>
            <p>　　持续深化法治政府建设，加强执法人员培训，提升依法行政水平。</p>
            """;

    @TempDir
    Path dir;

    @Test
    void committedFixtureIsWhatTheGeneratorMakes() throws Exception {
        assertArrayEquals(HongqiaoPage.bytes(), Files.readAllBytes(HongqiaoPage.FIXTURE),
                "regenerate the fixture with HongqiaoPage.main (see its javadoc)");
    }

    @Test
    void gbkGovernmentPageYieldsTheReportAndNoneOfItsChromeOrScripts() throws Exception {
        Document doc = DocumentReader.read(HongqiaoPage.FIXTURE, null);
        for (String chrome : HongqiaoPage.CHROME) {
            assertFalse(doc.text().contains(chrome), "chrome or script text in the report: " + chrome);
        }
        List<String> lines = doc.text().lines().toList();
        assertEquals("发布时间：2021-02-26", lines.get(0));
        assertEquals("天津市红桥区人民政府关于2020年度法治政府建设工作情况的报告", lines.get(1));
        assertTrue(lines.get(2).startsWith("2020年,红桥区政府坚持"), lines.get(2));
        assertEquals("2021226", lines.get(lines.size() - 1));
        assertTrue(lines.stream().allMatch(l -> l.equals(l.strip()) && !l.isEmpty()), "lines are trimmed, none empty");
    }

    @Test
    void gbkGovernmentPageHasTheSectionsUnitYearAndDateOfSeed001() throws Exception {
        Document doc = DocumentReader.read(HongqiaoPage.FIXTURE, null);
        Seeds.assertGoldSectionsUnitAndYear(SEED, doc);
        assertEquals(LocalDate.of(2021, 2, 26), doc.published().date());
    }

    @Test
    void gbkGovernmentPageHasTheSentencesOfTheTxtSeedBody() throws Exception {
        Document html = DocumentReader.read(HongqiaoPage.FIXTURE, null);
        Document txt = DocumentReader.read(Seeds.report(SEED), null);
        assertEquals(sentenceTexts(txt), sentenceTexts(html));
    }

    @Test
    void utf8PageWithMetaCharsetAndPubDateMeta() throws Exception {
        Document doc = read("utf8.html", ("<!doctype html><html><head><meta charset=\"utf-8\">"
                + "<meta name=\"PubDate\" content=\"2023-03-30 10:00\"><title>报告</title></head><body>"
                + REPORT + "</body></html>").getBytes(StandardCharsets.UTF_8));
        assertTrue(doc.text().startsWith("发布时间：2023-03-30\n某某区司法局关于2022年度法治政府建设情况的报告\n2022年，"),
                doc.text());
        assertEquals("某某区司法局", doc.unit());
        assertEquals(2022, doc.year());
        assertEquals(LocalDate.of(2023, 3, 30), doc.published().date());
        assertEquals(3, doc.sections().size());
    }

    @Test
    void gbkPageWithoutAnyDeclarationIsReadAsGb18030() throws Exception {
        Document doc = read("undeclared.htm", ("<html><body>" + REPORT + "</body></html>").getBytes(GBK));
        assertTrue(doc.text().contains("全年办理行政复议案件14件，行政机关负责人出庭应诉率达到100%。"), doc.text());
        assertNull(doc.published());
    }

    @Test
    void pageDeclaringGb2312ButUsingGbkOnlyCharactersIsReadWhole() throws Exception {
        // 镕 and 喆 are in GBK but not in GB2312: real gb2312 pages are GBK
        Document doc = read("gbk-chars.html", ("<html><head><meta http-equiv=\"Content-Type\" "
                + "content=\"text/html; charset=gb2312\"></head><body>" + REPORT.replace("执法监督", "朱镕基喆执法监督")
                + "</body></html>").getBytes(GBK));
        assertTrue(doc.text().contains("朱镕基喆执法监督"), doc.text());
    }

    @Test
    void declarationTheBytesContradictFallsBackToDetection() throws Exception {
        byte[] gbkDeclaredUtf8 = ("<html><head><meta charset=\"utf-8\"></head><body>" + REPORT + "</body></html>")
                .getBytes(GBK);
        assertTrue(read("wrong.html", gbkDeclaredUtf8).text().contains("行政复议案件14件"));
        byte[] unknownCharset = ("<html><head><meta charset=\"x-no-such-charset\"></head><body>" + REPORT
                + "</body></html>").getBytes(GBK);
        assertTrue(read("unknown.html", unknownCharset).text().contains("行政复议案件14件"));
        byte[] latin1Declared = ("<html><head><meta charset=\"iso-8859-1\"></head><body>" + REPORT + "</body></html>")
                .getBytes(StandardCharsets.UTF_8);
        assertTrue(read("latin1.html", latin1Declared).text().contains("行政复议案件14件"));
    }

    @Test
    void encodingOptionWinsOverTheDeclaration() throws Exception {
        // UTF-8 bytes that are also valid GB18030: read as declared they are mojibake, --encoding UTF-8 reads them right
        // (each run of CJK chars has an even length, so its UTF-8 bytes pair up into valid two-byte GB18030 chars)
        String text = "<html><head><meta charset=\"gb2312\"></head><body><p>某区关于2022年度法治政府建设情况报告</p>"
                + "<p>主要举措成效</p><p>全面推进依法行政工作</p></body></html>";
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        assertTrue(TextDecoder.strict(bytes, 0, TextDecoder.GB18030).isPresent(), "test bytes must fool GB18030");
        Path file = dir.resolve("utf8-declared-gb2312.html");
        Files.write(file, bytes);
        assertFalse(DocumentReader.read(file, null).text().contains("主要举措成效"));
        assertTrue(DocumentReader.read(file, StandardCharsets.UTF_8).text().contains("主要举措成效"));
        IngestException wrong = assertThrows(IngestException.class,
                () -> DocumentReader.read(file, StandardCharsets.US_ASCII));
        assertEquals("文件内容不是有效的 US-ASCII 编码", wrong.reason());
    }

    @Test
    void byteOrderMarkWinsOverTheDeclaration() throws Exception {
        byte[] page = ("<html><head><meta charset=\"gb2312\"></head><body>" + REPORT + "</body></html>")
                .getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[page.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(page, 0, withBom, 3, page.length);
        assertTrue(read("bom.html", withBom).text().contains("行政复议案件14件"));
    }

    @Test
    void pageWithOnlyScriptsAndNavigationHasNoText() throws Exception {
        byte[] page = ("<html><head><title>红桥区人民政府</title><script>var a = '关于2020年度法治政府建设的报告 出庭应诉率 0%';"
                + "</script></head><body><nav><a href='/'>首页</a><a href='/zwgk'>政务公开</a></nav>"
                + "<div class='footer'>版权所有 津ICP备10201451号</div><script>document.write('发布时间：2021-02-26')"
                + "</script></body></html>").getBytes(StandardCharsets.UTF_8);
        IngestException e = assertThrows(IngestException.class, () -> read("empty.html", page));
        assertEquals("文件没有文字内容", e.reason());
    }

    @Test
    void tableRowsAreLinesWithTabSeparatedCells() throws Exception {
        String page = "<html><body>" + REPORT + "<table><tr><th>项目</th><th>2021年</th><th>2022年</th></tr>"
                + "<tr><td><p>行政复议案件</p></td><td><p>12件</p></td><td><p>14件</p></td></tr>"
                + "<tr><td></td><td>出庭应诉率</td><td>100%</td></tr></table></body></html>";
        String text = read("table.html", page.getBytes(StandardCharsets.UTF_8)).text();
        List<String> lines = text.lines().toList();
        assertTrue(lines.contains("项目\t2021年\t2022年"), text);
        assertTrue(lines.contains("行政复议案件\t12件\t14件"), text);
        assertTrue(lines.contains("出庭应诉率\t100%"), text);
    }

    @Test
    void layoutFollowsBlocksAndCollapsesWhiteSpaceLikeABrowser() throws Exception {
        String page = "<html><body><div><h1>某某区关于2022年度法治政府建设情况的报告</h1>"
                + "<p>&nbsp;&nbsp;\u3000一、主要举措和成效&nbsp;</p><p>行政机关负责人出庭\n   应诉率达到\n100%，"
                + "<span>办理</span><b>复议</b>案件  14件。<br>新的一行</p><ul><li>第一项</li><li>第二项</li></ul>"
                + "</div></body></html>";
        List<String> lines = read("layout.html", page.getBytes(StandardCharsets.UTF_8)).text().lines().toList();
        assertEquals(List.of("某某区关于2022年度法治政府建设情况的报告", "一、主要举措和成效",
                "行政机关负责人出庭应诉率达到 100%，办理复议案件 14件。", "新的一行", "第一项", "第二项"), lines);
    }

    @Test
    void contentIsTheDensestBlockWhenNoCmsContainerIsThere() throws Exception {
        String page = "<html><head><title>某某区关于2022年度法治政府建设情况的报告 - 某某区人民政府网</title></head><body>"
                + "<div class='left'><p>热点专题</p><p>区长信箱</p><p>专题专栏</p></div>"
                + "<div class='right'><div class='box'>" + REPORT.replaceFirst("<h1>.*</h1>", "") + "</div>"
                + "<div class='links'>友情链接：市政府</div></div></body></html>";
        String text = read("dense.html", page.getBytes(StandardCharsets.UTF_8)).text();
        assertTrue(text.startsWith("某某区关于2022年度法治政府建设情况的报告\n2022年，"), text);
        assertFalse(text.contains("热点专题"), text);
        assertFalse(text.contains("友情链接"), text);
        assertFalse(text.contains("某某区人民政府网"), text);
    }

    @Test
    void titleInsideTheContentIsNotRepeated() throws Exception {
        String page = "<html><head><title>某某区司法局关于2022年度法治政府建设情况的报告</title></head><body>"
                + "<div class='TRS_Editor'>" + REPORT + "</div></body></html>";
        String text = read("titled.html", page.getBytes(StandardCharsets.UTF_8)).text();
        assertEquals(1, text.split("情况的报告", -1).length - 1, text);
    }

    @Test
    void aChromeNamedWrapperAroundTheWholePageIsNotChrome() throws Exception {
        // ASP.NET pages put everything in one <form>; some templates name the page wrapper "header-wrap"
        String page = "<html><body><form id='form1'><div class='header-wrap'><div class='nav'>首页 政务公开</div>"
                + REPORT + "</div></form></body></html>";
        String text = read("form.aspx.html", page.getBytes(StandardCharsets.UTF_8)).text();
        assertTrue(text.contains("行政复议案件14件"), text);
        assertFalse(text.contains("政务公开"), text);
    }

    @Test
    void hiddenElementsAreNotText() throws Exception {
        String page = "<html><body><div class='TRS_Editor'>" + REPORT.replace("14件", "14<span style='display: none'>"
                + "99</span>件") + "</div></body></html>";
        assertTrue(read("hidden.html", page.getBytes(StandardCharsets.UTF_8)).text().contains("行政复议案件14件"));
    }

    @Test
    void fiftyThousandNestedDivsDoNotOverflowTheStack() throws Exception {
        int depth = 50_000;
        String page = "<html><body>" + "<div>".repeat(depth) + REPORT + "</div>".repeat(depth) + "</body></html>";
        Document doc = read("deep.html", page.getBytes(StandardCharsets.UTF_8));
        assertEquals("某某区司法局", doc.unit());
        assertEquals(3, doc.sections().size());
    }

    @Test
    void aTagBombUnderTheSizeCapIsRefusedBeforeItIsParsed() throws Exception {
        // 15.7 MB of unclosed <span><b>: 3.6 million elements, far more memory than the launcher's heap has
        String bomb = "<html><body>" + "<span><b>".repeat((int) (15.7 * 1024 * 1024) / "<span><b>".length());
        IngestException refused = assertThrows(IngestException.class,
                () -> read("bomb.html", bomb.getBytes(StandardCharsets.UTF_8)));
        assertEquals("网页标签过多（超过 200000 个），不像是一份报告网页，已拒绝读取", refused.reason());
    }

    @Test
    void aReportPageWithAsManyTagsAsTheBudgetAllowsIsRead() throws Exception {
        String page = "<html><body>" + REPORT + "</body></html>";
        int tags = tagCount(page);
        String filler = "<span>　</span>";   // two tags; the budget counts end tags and comments as well
        String full = page.replace("</body>", filler.repeat((HtmlText.MAX_TAGS - tags) / 2) + "<!-- -->".repeat(
                (HtmlText.MAX_TAGS - tags) % 2) + "</body>");
        assertEquals(HtmlText.MAX_TAGS, tagCount(full));
        assertEquals("某某区司法局", read("full.html", full.getBytes(StandardCharsets.UTF_8)).unit());

        String over = full.replace("</body>", "<br></body>");
        assertEquals("网页标签过多（超过 200000 个），不像是一份报告网页，已拒绝读取", assertThrows(IngestException.class,
                () -> read("over.html", over.getBytes(StandardCharsets.UTF_8))).reason());
        assertEquals(267, tagCount(Files.readString(HongqiaoPage.FIXTURE, GBK)), "a real page, for scale");
    }

    /** What the budget counts: {@code <} before a letter, {@code /}, {@code !} or {@code ?}. */
    private static int tagCount(String html) {
        return (int) java.util.regex.Pattern.compile("<[A-Za-z/!?]").matcher(html).results().count();
    }

    @Test
    void binaryBytesUnderAnHtmlNameAreRefused() throws Exception {
        byte[] bytes = new byte[4096];
        new java.util.Random(6).nextBytes(bytes);
        assertEquals("文件含有二进制内容，不是有效的 HTML 网页",
                assertThrows(IngestException.class, () -> read("garbage.html", bytes)).reason());
        byte[] withNul = "<html><body><p>报告\0正文</p></body></html>".getBytes(StandardCharsets.UTF_8);
        assertEquals("文件含有二进制内容，不是有效的 HTML 网页",
                assertThrows(IngestException.class, () -> read("nul.html", withNul)).reason());
        byte[] noCharset = new byte[2048];
        java.util.Arrays.fill(noCharset, (byte) 0x80);
        assertEquals("无法识别网页编码（既不是 UTF-8，也不是 GB18030）",
                assertThrows(IngestException.class, () -> read("no-charset.html", noCharset)).reason());
        byte[] declaredNoCharset = ("<meta charset=\"gbk\">" + "\u0080".repeat(100)).getBytes(StandardCharsets.ISO_8859_1);
        assertEquals("无法识别网页编码（网页声明为 gbk，但内容既不符合它，也不是 UTF-8 或 GB18030）",
                assertThrows(IngestException.class, () -> read("declared.html", declaredNoCharset)).reason());
        Path nulInUtf8 = dir.resolve("nul-utf8.html");
        Files.write(nulInUtf8, withNul);
        assertEquals("文件含有二进制内容，不是有效的 HTML 网页", assertThrows(IngestException.class,
                () -> DocumentReader.read(nulInUtf8, StandardCharsets.UTF_8)).reason());
    }

    @Test
    void utf16PageWithoutBomIsReadWithTheEncodingOption() throws Exception {
        Path file = dir.resolve("utf16.html");
        Files.write(file, ("<html><head><meta charset=\"utf-16\"></head><body>" + REPORT + "</body></html>")
                .getBytes(StandardCharsets.UTF_16LE));
        assertEquals("文件含有二进制内容，不是有效的 HTML 网页（若是不带 BOM 的 UTF-16 网页，可用 --encoding UTF-16LE 读取）",
                assertThrows(IngestException.class, () -> DocumentReader.read(file, null)).reason());
        assertTrue(DocumentReader.read(file, StandardCharsets.UTF_16LE).text().contains("行政复议案件14件"));
    }

    private Document read(String name, byte[] bytes) throws Exception {
        Path file = dir.resolve(name);
        Files.write(file, bytes);
        return DocumentReader.read(file, null);
    }

    private static List<String> sentenceTexts(Document doc) {
        return doc.sentences().stream().map(s -> s.section() + " " + doc.text().substring(s.start(), s.end())).toList();
    }
}
