package org.gapcheck.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.xmlbeans.XmlException;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.NumberingDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSdtBlock;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.StylesDocument;

/**
 * Builds Word versions of seeds 000 and 004 the way their authors' Word would hold them, for {@link DocxTextTest}: the
 * numbers of headings come from Word's automatic numbering or from nothing at all, statistics sit in a table, and page
 * headers and footers carry text that is no part of the report. Run {@link #main} to rewrite the committed files under
 * src/test/resources/ingest/docx/ (open them in Word to see what the reader reads).
 * <p>
 * Seed 000: title in style Title; a table of contents (a content control); level-1 and level-2 headings in styles
 * heading 1 / heading 2 whose numbering ("%1、" / "（%2）", chineseCounting, nothing after the number) comes with the
 * style, as in a Word template with a linked multilevel list; the figures of 行政诉讼 in a table; the last paragraph
 * in a plain content control; a running title in the header and the page number in the footer.
 * <p>
 * Seed 004: a two-line title (a soft line break) in style 标题 1; the first two parts numbered by a list set on the
 * paragraph ("%1、" decimal, a tab after the number, as in the seed's "1、 主要举措及成效") with "（%2）" below;
 * 存在的不足和原因 and 下一年度主要工作安排 as headings without any number; the figures of 信访 in a table; a
 * 发布时间 line in the header.
 */
final class DocxSeedFixtures {

    static final Path DIR = Path.of("src/test/resources/ingest/docx");
    static final List<String> SEEDS = List.of("000_4257578ea403ef7a", "004_73f35b073ab9b22c");

    private static final String W = WordFixture.W;
    private static final Pattern CHINESE_NUMBER = Pattern.compile("^[一二三四五六七八九十]+、");
    private static final Pattern PARENTHESIZED_CHINESE = Pattern.compile("^（[一二三四五六七八九十]+）");
    private static final Pattern ARABIC_PART = Pattern.compile("^\\d、\\s*");
    private static final Pattern PARENTHESIZED_ARABIC = Pattern.compile("^（\\d）\\s*");

    /** 000's sentences on 行政诉讼, and the paragraph and table that replace them. */
    static final String LITIGATION_SENTENCES =
            "依法接受司法监督，区政府作为被告的行政诉讼案件32件，已结案27件，无判决败诉案件。行政机关负责人出庭应诉率保持100%。";
    static final String LITIGATION_LEAD = "依法接受司法监督，无判决败诉案件，行政应诉情况见下表。";
    static final List<List<String>> LITIGATION_TABLE = List.of(
            List.of("项目", "情况"),
            List.of("区政府作为被告的行政诉讼案件", "32件"),
            List.of("已结案", "27件"),
            List.of("行政机关负责人出庭应诉率", "100%"));

    /** 004's sentence on 信访, and the paragraph and table that replace it. */
    static final String PETITION_SENTENCE =
            "今年以来信访中心通过天津智慧信访信息系统受理信访件238件，办结221件，接待来访群众72批次，200余人次，受理率100%、满意率100%。";
    static final String PETITION_LEAD = "今年以来信访中心通过天津智慧信访信息系统办理信访事项：";
    static final List<List<String>> PETITION_TABLE = List.of(
            List.of("受理信访件", "238件"),
            List.of("办结", "221件"),
            List.of("接待来访群众", "72批次，200余人次"),
            List.of("受理率", "100%"),
            List.of("满意率", "100%"));

    static final String HEADER_000 = "红桥区法治政府建设年度报告";
    static final String HEADER_004 = "发布时间：2024-01-15 大港街道办事处";

    private static final String STYLES_000 = """
            <w:styles %s>
              <w:style w:type="paragraph" w:default="1" w:styleId="a"><w:name w:val="Normal"/></w:style>
              <w:style w:type="paragraph" w:styleId="1"><w:name w:val="heading 1"/><w:basedOn w:val="a"/>
                <w:pPr><w:keepNext/><w:numPr><w:numId w:val="1"/></w:numPr><w:outlineLvl w:val="0"/></w:pPr></w:style>
              <w:style w:type="paragraph" w:styleId="2"><w:name w:val="heading 2"/><w:basedOn w:val="a"/>
                <w:pPr><w:keepNext/><w:numPr><w:ilvl w:val="1"/><w:numId w:val="1"/></w:numPr><w:outlineLvl w:val="1"/></w:pPr></w:style>
              <w:style w:type="paragraph" w:styleId="a3"><w:name w:val="Title"/><w:basedOn w:val="a"/></w:style>
              <w:style w:type="paragraph" w:styleId="10"><w:name w:val="toc 1"/><w:basedOn w:val="a"/></w:style>
              <w:style w:type="paragraph" w:styleId="a5"><w:name w:val="header"/><w:basedOn w:val="a"/></w:style>
            </w:styles>""".formatted(W);

    private static final String NUMBERING_000 = """
            <w:numbering %s>
              <w:abstractNum w:abstractNumId="0">
                <w:multiLevelType w:val="multilevel"/>
                <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:pStyle w:val="1"/>
                  <w:suff w:val="nothing"/><w:lvlText w:val="%%1、"/><w:lvlJc w:val="left"/></w:lvl>
                <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:pStyle w:val="2"/>
                  <w:suff w:val="nothing"/><w:lvlText w:val="（%%2）"/><w:lvlJc w:val="left"/></w:lvl>
              </w:abstractNum>
              <w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
            </w:numbering>""".formatted(W);

    /** As WPS saves them: Chinese style names, no outline level on the heading styles. */
    private static final String STYLES_004 = """
            <w:styles %s>
              <w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>
              <w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="标题 1"/><w:basedOn w:val="Normal"/></w:style>
              <w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="标题 2"/><w:basedOn w:val="Normal"/></w:style>
            </w:styles>""".formatted(W);

    private static final String NUMBERING_004 = """
            <w:numbering %s>
              <w:abstractNum w:abstractNumId="3">
                <w:multiLevelType w:val="hybridMultilevel"/>
                <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%%1、"/>
                  <w:lvlJc w:val="left"/></w:lvl>
                <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="（%%2）"/>
                  <w:lvlJc w:val="left"/></w:lvl>
              </w:abstractNum>
              <w:num w:numId="7"><w:abstractNumId w:val="3"/></w:num>
            </w:numbering>""".formatted(W);

    private DocxSeedFixtures() {}

    public static void main(String[] args) throws IOException {
        Files.createDirectories(DIR);
        for (String seed : SEEDS) {
            Files.write(DIR.resolve(seed + ".docx"), build(seed));
        }
    }

    static Path committed(String seed) {
        return DIR.resolve(seed + ".docx");
    }

    static byte[] build(String seed) throws IOException {
        List<String> lines = Files.readAllLines(Seeds.report(seed), StandardCharsets.UTF_8).stream()
                .filter(l -> !l.isBlank()).toList();
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            if (seed.startsWith("000")) {
                build000(doc, lines);
            } else {
                build004(doc, lines);
            }
            doc.write(out);
            return out.toByteArray();
        } catch (XmlException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void build000(XWPFDocument doc, List<String> lines) throws XmlException {
        doc.createStyles().setStyles(StylesDocument.Factory.parse(STYLES_000).getStyles());
        doc.createNumbering().setNumbering(NumberingDocument.Factory.parse(NUMBERING_000).getNumbering());
        header(doc, HEADER_000);
        pageNumberFooter(doc);
        paragraph(doc, "a3", lines.get(0));
        tableOfContents(doc, lines);
        for (int i = 1; i < lines.size(); i++) {
            String line = lines.get(i);
            if (CHINESE_NUMBER.matcher(line).find()) {
                paragraph(doc, "1", CHINESE_NUMBER.matcher(line).replaceFirst(""));
            } else if (PARENTHESIZED_CHINESE.matcher(line).find()) {
                paragraph(doc, "2", PARENTHESIZED_CHINESE.matcher(line).replaceFirst(""));
            } else if (line.startsWith(LITIGATION_SENTENCES)) {
                paragraph(doc, null, LITIGATION_LEAD);
                table(doc, LITIGATION_TABLE);
                paragraph(doc, null, line.substring(LITIGATION_SENTENCES.length()));
            } else if (i == lines.size() - 1) {
                contentControl(doc, line);
            } else {
                paragraph(doc, null, line);
            }
        }
    }

    private static void build004(XWPFDocument doc, List<String> lines) throws XmlException {
        doc.createStyles().setStyles(StylesDocument.Factory.parse(STYLES_004).getStyles());
        doc.createNumbering().setNumbering(NumberingDocument.Factory.parse(NUMBERING_004).getNumbering());
        header(doc, HEADER_004);
        XWPFParagraph title = doc.createParagraph();
        title.setStyle("Heading1");
        XWPFRun run = title.createRun();
        run.setText(lines.get(0));
        run.addBreak();
        run.setText(lines.get(1));
        for (int i = 2; i < lines.size(); i++) {
            String line = lines.get(i);
            if (ARABIC_PART.matcher(line).find()) {
                numbered(doc, "Heading1", 0, ARABIC_PART.matcher(line).replaceFirst(""));
            } else if (PARENTHESIZED_ARABIC.matcher(line).find()) {
                numbered(doc, "Heading2", 1, PARENTHESIZED_ARABIC.matcher(line).replaceFirst(""));
            } else if (CHINESE_NUMBER.matcher(line).find()) {
                paragraph(doc, "Heading1", CHINESE_NUMBER.matcher(line).replaceFirst(""));
            } else if (PARENTHESIZED_CHINESE.matcher(line).find()) {
                paragraph(doc, "Heading2", line);
            } else if (line.contains(PETITION_SENTENCE)) {
                int at = line.indexOf(PETITION_SENTENCE);
                paragraph(doc, null, line.substring(0, at) + PETITION_LEAD);
                table(doc, PETITION_TABLE);
                paragraph(doc, null, line.substring(at + PETITION_SENTENCE.length()));
            } else if (line.startsWith("[bookmark: _GoBack]")) {
                XWPFParagraph p = paragraph(doc, "Heading2", line.substring("[bookmark: _GoBack]".length()));
                p.getCTP().addNewBookmarkStart().setName("_GoBack");
            } else {
                paragraph(doc, null, line);
            }
        }
    }

    private static XWPFParagraph paragraph(XWPFDocument doc, String styleId, String text) {
        XWPFParagraph p = doc.createParagraph();
        if (styleId != null) {
            p.setStyle(styleId);
        }
        p.createRun().setText(text);
        return p;
    }

    private static void numbered(XWPFDocument doc, String styleId, int ilvl, String text) {
        XWPFParagraph p = paragraph(doc, styleId, text);
        p.setNumID(BigInteger.valueOf(7));
        p.setNumILvl(BigInteger.valueOf(ilvl));
    }

    private static void table(XWPFDocument doc, List<List<String>> rows) {
        XWPFTable table = doc.createTable(rows.size(), rows.get(0).size());
        for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c < rows.get(r).size(); c++) {
                table.getRow(r).getCell(c).setText(rows.get(r).get(c));
            }
        }
    }

    private static void header(XWPFDocument doc, String text) {
        XWPFHeader header = doc.createHeader(HeaderFooterType.DEFAULT);
        header.createParagraph().createRun().setText(text);
    }

    private static void pageNumberFooter(XWPFDocument doc) {
        XWPFFooter footer = doc.createFooter(HeaderFooterType.DEFAULT);
        XWPFParagraph p = footer.createParagraph();
        p.createRun().setText("第 ");
        p.getCTP().addNewFldSimple().setInstr(" PAGE ");
        p.getCTP().getFldSimpleArray(0).addNewR().addNewT().setStringValue("1");
        p.createRun().setText(" 页");
    }

    /** Word's automatic table of contents: a content control of gallery "Table of Contents", entries in style toc 1. */
    private static void tableOfContents(XWPFDocument doc, List<String> lines) {
        CTSdtBlock sdt = doc.getDocument().getBody().addNewSdt();
        sdt.addNewSdtPr().addNewDocPartObj().addNewDocPartGallery().setVal("Table of Contents");
        var content = sdt.addNewSdtContent();
        content.addNewP().addNewR().addNewT().setStringValue("目录");
        int page = 1;
        for (String line : lines) {
            if (CHINESE_NUMBER.matcher(line).find()) {
                CTP entry = content.addNewP();
                entry.addNewPPr().addNewPStyle().setVal("10");
                CTR r = entry.addNewR();
                r.addNewT().setStringValue(line);
                r.addNewTab();
                r.addNewT().setStringValue(String.valueOf(page++));
            }
        }
    }

    private static void contentControl(XWPFDocument doc, String text) {
        CTSdtBlock sdt = doc.getDocument().getBody().addNewSdt();
        sdt.addNewSdtPr().addNewAlias().setVal("营商环境");
        sdt.addNewSdtContent().addNewP().addNewR().addNewT().setStringValue(text);
    }
}
