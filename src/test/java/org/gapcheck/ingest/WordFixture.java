package org.gapcheck.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.xmlbeans.XmlException;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.DocumentDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.NumberingDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.StylesDocument;

/**
 * Small .docx files for tests, made by POI from WordprocessingML snippets written the way Word writes them: styles,
 * numbering definitions and a body. The w: prefix is declared for every snippet.
 */
final class WordFixture {

    static final String W = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"";

    /** Word's built-in styles as Chinese Word saves them: ids 1, 2, a3, 10; names in English. */
    static final String STYLES = """
            <w:styles %s>
              <w:style w:type="paragraph" w:default="1" w:styleId="a"><w:name w:val="Normal"/></w:style>
              <w:style w:type="paragraph" w:styleId="1"><w:name w:val="heading 1"/><w:basedOn w:val="a"/>
                <w:pPr><w:keepNext/><w:outlineLvl w:val="0"/></w:pPr></w:style>
              <w:style w:type="paragraph" w:styleId="2"><w:name w:val="heading 2"/><w:basedOn w:val="a"/>
                <w:pPr><w:keepNext/><w:outlineLvl w:val="1"/></w:pPr></w:style>
              <w:style w:type="paragraph" w:styleId="a3"><w:name w:val="Title"/><w:basedOn w:val="a"/></w:style>
              <w:style w:type="paragraph" w:styleId="10"><w:name w:val="toc 1"/><w:basedOn w:val="a"/></w:style>
            </w:styles>""".formatted(W);

    private WordFixture() {}

    static byte[] docx(String stylesXml, String numberingXml, String bodyXml) {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            if (stylesXml != null) {
                doc.createStyles().setStyles(StylesDocument.Factory.parse(stylesXml).getStyles());
            }
            if (numberingXml != null) {
                doc.createNumbering().setNumbering(NumberingDocument.Factory.parse(numberingXml).getNumbering());
            }
            doc.getDocument().setBody(DocumentDocument.Factory.parse(
                    "<w:document " + W + "><w:body>" + bodyXml + "</w:body></w:document>").getDocument().getBody());
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (XmlException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /** A body of plain paragraphs of the default style. */
    static byte[] paragraphs(String... texts) {
        StringBuilder body = new StringBuilder();
        for (String text : texts) {
            body.append(p(text));
        }
        return docx(STYLES, null, body.toString());
    }

    static String p(String text) {
        return "<w:p><w:r><w:t xml:space=\"preserve\">" + text + "</w:t></w:r></w:p>";
    }

    static String p(String styleId, String text) {
        return "<w:p><w:pPr><w:pStyle w:val=\"" + styleId + "\"/></w:pPr><w:r><w:t xml:space=\"preserve\">" + text
                + "</w:t></w:r></w:p>";
    }

    /** A paragraph in list {@code numId} at level {@code ilvl}. */
    static String numbered(int numId, int ilvl, String text) {
        return "<w:p><w:pPr><w:numPr><w:ilvl w:val=\"" + ilvl + "\"/><w:numId w:val=\"" + numId + "\"/></w:numPr></w:pPr>"
                + "<w:r><w:t xml:space=\"preserve\">" + text + "</w:t></w:r></w:p>";
    }

    /** A numbering part holding the given abstractNum and num elements. */
    static String numbering(String... definitions) {
        return "<w:numbering " + W + ">" + String.join("", definitions) + "</w:numbering>";
    }

    /** An abstract list whose levels are (numFmt, lvlText) pairs from level 0 on, starting at 1, tab after the number. */
    static String abstractNum(int id, String... formatsAndTexts) {
        StringBuilder levels = new StringBuilder();
        for (int i = 0; i < formatsAndTexts.length / 2; i++) {
            levels.append("<w:lvl w:ilvl=\"").append(i).append("\"><w:start w:val=\"1\"/><w:numFmt w:val=\"")
                    .append(formatsAndTexts[2 * i]).append("\"/><w:lvlText w:val=\"").append(formatsAndTexts[2 * i + 1])
                    .append("\"/></w:lvl>");
        }
        return "<w:abstractNum w:abstractNumId=\"" + id + "\">" + levels + "</w:abstractNum>";
    }

    static String num(int numId, int abstractNumId) {
        return "<w:num w:numId=\"" + numId + "\"><w:abstractNumId w:val=\"" + abstractNumId + "\"/></w:num>";
    }
}
