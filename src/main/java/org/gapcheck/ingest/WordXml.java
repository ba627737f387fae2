package org.gapcheck.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** Reading WordprocessingML elements by local name; attribute values are read as strings so a bad value is no crash. */
final class WordXml {

    static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    private WordXml() {}

    /** The child elements of {@code parent} in the WordprocessingML namespace, in document order. */
    static List<Element> children(Node parent) {
        List<Element> children = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                children.add(e);
            }
        }
        return children;
    }

    /** The text of an element such as w:t (XmlBeans' DOM has no getTextContent). */
    static String text(Element e) {
        StringBuilder out = new StringBuilder();
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n.getNodeType() == Node.TEXT_NODE || n.getNodeType() == Node.CDATA_SECTION_NODE) {
                out.append(n.getNodeValue());
            }
        }
        return out.toString();
    }

    static boolean is(Element e, String localName) {
        return W.equals(e.getNamespaceURI()) && localName.equals(e.getLocalName());
    }

    /** The first child {@code w:localName}, or null. */
    static Element child(Element parent, String localName) {
        if (parent == null) {
            return null;
        }
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && is(e, localName)) {
                return e;
            }
        }
        return null;
    }

    /** {@code w:val} of the child {@code w:localName}, or null when either is missing. */
    static String childVal(Element parent, String localName) {
        return val(child(parent, localName));
    }

    static String val(Element e) {
        return attr(e, "val");
    }

    static String attr(Element e, String localName) {
        if (e == null) {
            return null;
        }
        String value = e.getAttributeNS(W, localName);
        return value == null || value.isEmpty() ? null : value;
    }

    /** A decimal attribute value, or {@code fallback} when it is missing or no number. */
    static int intVal(String value, int fallback) {
        if (value == null) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    /** An on/off property such as {@code <w:vanish/>}: on when present without a val, or with true/1/on. */
    static boolean isOn(Element property) {
        if (property == null) {
            return false;
        }
        String value = val(property);
        return value == null || isTrue(value);
    }

    static boolean isTrue(String value) {
        return value != null && switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "true", "1", "on" -> true;
            default -> false;
        };
    }
}
