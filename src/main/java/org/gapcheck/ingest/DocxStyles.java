package org.gapcheck.ingest;

import static org.gapcheck.ingest.WordXml.child;
import static org.gapcheck.ingest.WordXml.childVal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.w3c.dom.Element;

/**
 * The paragraph styles of a Word document, as far as the text needs them: heading levels, the title and table-of-contents
 * styles, and list numbering a style carries. Styles inherit through {@code w:basedOn}; names are matched as Word and WPS
 * write them (heading 1 / 标题 1, Title / 标题, toc 1 / 目录 1).
 */
final class DocxStyles {

    /** Deeper than any real basedOn chain; a loop in a damaged file ends here. */
    private static final int MAX_CHAIN = 16;

    private final Map<String, Element> paragraphStyles = new HashMap<>();
    private String defaultStyleId;

    DocxStyles(XWPFStyles styles) {
        if (styles == null || styles.getCtStyles() == null) {
            return;
        }
        for (Element style : WordXml.children(styles.getCtStyles().getDomNode())) {
            String type = WordXml.attr(style, "type");
            String id = WordXml.attr(style, "styleId");
            if (WordXml.is(style, "style") && id != null && (type == null || type.equals("paragraph"))) {
                paragraphStyles.putIfAbsent(id, style);
                if (WordXml.isTrue(WordXml.attr(style, "default")) && defaultStyleId == null) {
                    defaultStyleId = id;
                }
            }
        }
    }

    /** The paragraph's style id, or the document's default paragraph style when it names none. */
    String styleIdOf(Element pPr) {
        String id = childVal(pPr, "pStyle");
        return id != null ? id : defaultStyleId;
    }

    /** The style with {@code id} and the styles it is based on, nearest first. */
    List<Element> chain(String id) {
        List<Element> chain = new ArrayList<>();
        while (id != null && chain.size() < MAX_CHAIN) {
            Element style = paragraphStyles.get(id);
            if (style == null || chain.contains(style)) {
                break;
            }
            chain.add(style);
            id = childVal(style, "basedOn");
        }
        return chain;
    }

    static String nameOf(Element style) {
        String name = childVal(style, "name");
        return name == null ? "" : name.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    }

    /** The first {@code w:pPr/w:localName} along the chain, or null. */
    static Element inherited(List<Element> chain, String localName) {
        for (Element style : chain) {
            Element found = child(child(style, "pPr"), localName);
            if (found != null) {
                return found;
            }
        }
        return null;
    }
}
