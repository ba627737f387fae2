package org.gapcheck.ingest;

import static org.gapcheck.ingest.WordXml.child;
import static org.gapcheck.ingest.WordXml.childVal;
import static org.gapcheck.ingest.WordXml.is;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.w3c.dom.Element;

/**
 * The text of a Word document's body, one line per paragraph and per table row, in document order. See
 * {@link DocxText} for what is kept and why.
 */
final class DocxBody {

    private static final Pattern TOC_STYLE = Pattern.compile("^(?:toc|目录)\\s*\\d");
    private static final Pattern ENDS_WITH_REPORT = Pattern.compile("报告[\\s。.]*$");
    /** Word nests tables at most some 60 deep; far deeper nesting is built to exhaust the stack. */
    static final int MAX_DEPTH = 64;

    private final Path file;
    private final DocxStyles styles;
    private final DocxNumbering numbering;
    private final long maxChars;
    private long chars;
    private int levelOneOrdinal;
    private boolean bodyTextSeen;
    private boolean titleSeen;

    private DocxBody(Path file, DocxStyles styles, DocxNumbering numbering, long maxChars) {
        this.file = file;
        this.styles = styles;
        this.numbering = numbering;
        this.maxChars = maxChars;
    }

    /** The lines of {@code body}; refused when they exceed {@code maxChars} or nest beyond {@link #MAX_DEPTH}. */
    static List<String> lines(Path file, Element body, DocxStyles styles, DocxNumbering numbering, long maxChars)
            throws IngestException {
        DocxBody walker = new DocxBody(file, styles, numbering, maxChars);
        List<String> lines = new ArrayList<>();
        walker.blocks(body, lines, 0);
        return lines;
    }

    private void checkDepth(int depth) throws IngestException {
        if (depth > MAX_DEPTH) {
            throw new IngestException(file, "文档中表格或内容控件嵌套超过 " + MAX_DEPTH + " 层，不像是一份报告");
        }
    }

    /** Paragraphs, tables and content controls of a container (body, cell, content control), in order. */
    private void blocks(Element container, List<String> out, int depth) throws IngestException {
        if (container == null) {
            return;
        }
        checkDepth(depth);
        for (Element e : WordXml.children(container)) {
            if (is(e, "p")) {
                String line = paragraph(e, depth);
                if (line != null && !line.isBlank()) {
                    out.add(line);
                    chars += line.length() + 1;
                }
            } else if (is(e, "tbl")) {
                table(e, out, depth + 1);
            } else if (is(e, "sdt")) {
                if (!isTableOfContents(e)) {
                    blocks(child(e, "sdtContent"), out, depth + 1);
                }
            } else if (is(e, "customXml")) {
                blocks(e, out, depth + 1);
            }
            if (chars > maxChars) {
                throw new IngestException(file, "提取出的文字超过上限 " + maxChars + " 字，不像是一份报告");
            }
        }
    }

    /**
     * A row of several filled cells is one line, cells joined by a tab, so that 行政复议案件 and 1423件 stay on one line
     * the way a statistics table reads. A row with one filled cell is a frame around text (a layout table, a boxed
     * passage): its paragraphs stay lines of their own.
     */
    private void table(Element tbl, List<String> out, int depth) throws IngestException {
        for (Element row : within(tbl, "tr", depth)) {
            List<List<String>> cells = new ArrayList<>();
            for (Element cell : within(row, "tc", depth)) {
                List<String> lines = new ArrayList<>();
                blocks(cell, lines, depth);
                if (!lines.isEmpty()) {
                    cells.add(lines);
                }
            }
            if (cells.size() == 1) {
                out.addAll(cells.get(0));
            } else if (cells.size() > 1) {
                out.add(String.join("\t", cells.stream().map(DocxBody::cellText).toList()));
            }
        }
    }

    /** The {@code w:localName} children of a table or row, also those wrapped in content controls or custom XML. */
    private List<Element> within(Element parent, String localName, int depth) throws IngestException {
        checkDepth(depth);
        List<Element> found = new ArrayList<>();
        for (Element e : WordXml.children(parent)) {
            if (is(e, localName)) {
                found.add(e);
            } else if (is(e, "sdt")) {
                Element content = child(e, "sdtContent");
                if (content != null) {
                    found.addAll(within(content, localName, depth + 1));
                }
            } else if (is(e, "customXml")) {
                found.addAll(within(e, localName, depth + 1));
            }
        }
        return found;
    }

    /** A cell's lines as one: wrapped lines of a cell are one phrase (行政复议 / 案件), spaced only between ASCII words. */
    private static String cellText(List<String> lines) {
        StringBuilder out = new StringBuilder();
        for (String line : lines) {
            for (String part : line.split("\n")) {
                String piece = part.replace('\t', ' ').strip();
                if (piece.isEmpty()) {
                    continue;
                }
                if (!out.isEmpty() && isAsciiWordChar(out.charAt(out.length() - 1)) && isAsciiWordChar(piece.charAt(0))) {
                    out.append(' ');
                }
                out.append(piece);
            }
        }
        return out.toString();
    }

    private static boolean isAsciiWordChar(char c) {
        return c < 0x80 && Character.isLetterOrDigit(c);
    }

    private static boolean isTableOfContents(Element sdt) {
        Element properties = child(sdt, "sdtPr");
        for (String holder : new String[] {"docPartObj", "docPartList"}) {
            String gallery = childVal(child(properties, holder), "docPartGallery");
            if (gallery != null && gallery.strip().equalsIgnoreCase("Table of Contents")) {
                return true;
            }
        }
        return false;
    }

    /** The paragraph as Word shows it: list label, then its text; null for a table-of-contents entry. */
    private String paragraph(Element p, int depth) throws IngestException {
        Element pPr = child(p, "pPr");
        String styleId = styles.styleIdOf(pPr);
        List<Element> chain = styles.chain(styleId);
        if (!chain.isEmpty() && TOC_STYLE.matcher(DocxStyles.nameOf(chain.get(0))).find()) {
            return null;
        }
        StringBuilder text = new StringBuilder();
        inline(p, text, depth);
        String label = listLabel(pPr, styleId, chain);
        String shown = label + text;
        if (shown.isBlank()) {
            return null;
        }
        if (isLevelOneHeading(pPr, chain)) {
            return levelOneHeading(label, shown);
        }
        if (isTitle(chain)) {
            titleSeen = true;
        } else {
            bodyTextSeen = true;
        }
        return shown;
    }

    /**
     * A level-1 heading keeps its number, typed or automatic; one without gets the next Chinese ordinal so that the
     * section splitter, which knows parts only by their numbers, sees it. The report title is left alone.
     */
    private String levelOneHeading(String label, String shown) {
        String normalized = CharNormalizer.normalize(shown.strip());
        var numbered = Numbering.of(normalized);
        if (!label.isEmpty() || numbered.isPresent()) {
            levelOneOrdinal = numbered.map(Numbering.Numbered::ordinal).orElse(levelOneOrdinal + 1);
            bodyTextSeen = true;
            return shown;
        }
        if (ENDS_WITH_REPORT.matcher(normalized).find() || !bodyTextSeen && !titleSeen) {
            titleSeen = true;
            return shown;
        }
        bodyTextSeen = true;
        levelOneOrdinal++;
        return ListNumberFormat.format("chineseCounting", levelOneOrdinal) + "、" + shown;
    }

    private static boolean isLevelOneHeading(Element pPr, List<Element> chain) {
        Element outline = child(pPr, "outlineLvl");
        if (outline == null) {
            outline = DocxStyles.inherited(chain, "outlineLvl");
        }
        if (outline != null) {
            return WordXml.intVal(WordXml.val(outline), 9) == 0;
        }
        return chain.stream().map(DocxStyles::nameOf).anyMatch(n -> n.equals("heading 1") || n.matches("标题\\s*1"));
    }

    private static boolean isTitle(List<Element> chain) {
        return chain.stream().map(DocxStyles::nameOf).anyMatch(n -> n.equals("title") || n.equals("标题"));
    }

    /** The list label of a numbered paragraph: numbering set on the paragraph or, failing that, by its style. */
    private String listLabel(Element pPr, String styleId, List<Element> chain) {
        Element own = child(pPr, "numPr");
        Element inherited = DocxStyles.inherited(chain, "numPr");
        String numId = childVal(own, "numId");
        if (numId == null) {
            numId = childVal(inherited, "numId");
        }
        if (numId == null || numId.strip().equals("0")) {
            return "";
        }
        String ilvl = childVal(own, "ilvl");
        if (ilvl == null) {
            ilvl = childVal(inherited, "ilvl");
        }
        int level = ilvl != null ? WordXml.intVal(ilvl, 0) : numbering.levelOfStyle(numId, styleId);
        return numbering.next(numId, level);
    }

    /**
     * The visible text of a paragraph's runs, also inside hyperlinks, fields, insertions and inline content controls;
     * deleted text, field codes and hidden text are left out.
     */
    private void inline(Element container, StringBuilder out, int depth) throws IngestException {
        if (container == null) {
            return;
        }
        checkDepth(depth);
        for (Element e : WordXml.children(container)) {
            if (is(e, "r")) {
                run(e, out);
            } else if (is(e, "sdt")) {
                inline(child(e, "sdtContent"), out, depth + 1);
            } else if (is(e, "ruby")) {
                inline(child(e, "rubyBase"), out, depth + 1);
            } else if (is(e, "hyperlink") || is(e, "smartTag") || is(e, "ins") || is(e, "moveTo")
                    || is(e, "fldSimple") || is(e, "customXml") || is(e, "dir") || is(e, "bdo")) {
                inline(e, out, depth + 1);
            }
        }
    }

    /**
     * A soft line break (Shift+Enter) becomes a line break, as Word shows it: titles and headings are broken this way
     * ("…2023年度法治" / "政府建设情况报告"), and joining the parts would glue a heading to the text after it.
     */
    private static void run(Element r, StringBuilder out) {
        if (r == null || WordXml.isOn(child(child(r, "rPr"), "vanish"))) {
            return;
        }
        for (Element e : WordXml.children(r)) {
            if (!WordXml.W.equals(e.getNamespaceURI())) {
                continue;
            }
            switch (e.getLocalName()) {
                case "t" -> out.append(WordXml.text(e));
                case "tab", "ptab" -> out.append('\t');
                case "br", "cr" -> out.append('\n');
                case "noBreakHyphen" -> out.append('-');
                case "sym" -> symbol(e, out);
                default -> { }
            }
        }
    }

    /** A w:sym in a symbol font maps to the private use area, which reads as nothing; others are real chars. */
    private static void symbol(Element sym, StringBuilder out) {
        String code = WordXml.attr(sym, "char");
        if (code == null) {
            return;
        }
        try {
            int c = Integer.parseInt(code.strip(), 16);
            if (Character.isValidCodePoint(c) && !(c >= 0xE000 && c <= 0xF8FF) && !Character.isISOControl(c)) {
                out.appendCodePoint(c);
            }
        } catch (NumberFormatException e) {
            // not a hex code: nothing Word could show either
        }
    }
}
