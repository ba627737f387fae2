package org.gapcheck.ingest;

import static org.gapcheck.ingest.WordXml.child;
import static org.gapcheck.ingest.WordXml.childVal;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFNum;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.w3c.dom.Element;

/**
 * Word's automatic list numbers, which the paragraph text does not contain: the label a numbered paragraph shows
 * ("一、", "（二）", "3.", "1.2"), counted in document order. Counters belong to the abstract list, so several
 * {@code w:num} instances of one list continue each other, as in Word; a {@code w:startOverride} restarts the count
 * where its instance is first used. Numbering a level resets the deeper levels unless their {@code w:lvlRestart} says
 * otherwise.
 */
final class DocxNumbering {

    private static final int LEVELS = 9;

    private record Counters(int[] values, boolean[] used, Map<Integer, Integer> pendingStarts) {
        Counters() {
            this(new int[LEVELS], new boolean[LEVELS], new HashMap<>());
        }
    }

    /** A numbering instance resolved to the abstract list that defines and counts it. */
    private record ListInstance(String numId, Element num, Element abstractNum, String counterKey) {}

    private final Map<String, Element> nums = new HashMap<>();
    private final Map<String, Element> abstractNums = new HashMap<>();
    private final DocxStyles styles;
    private final Map<String, Counters> counters = new HashMap<>();
    private final Set<String> instancesSeen = new HashSet<>();

    DocxNumbering(XWPFNumbering numbering, DocxStyles styles) {
        this.styles = styles;
        if (numbering == null) {
            return;
        }
        for (XWPFAbstractNum a : numbering.getAbstractNums()) {
            if (a.getCTAbstractNum() != null) {
                Element e = (Element) a.getCTAbstractNum().getDomNode();
                String id = WordXml.attr(e, "abstractNumId");
                if (id != null) {
                    abstractNums.putIfAbsent(id.strip(), e);
                }
            }
        }
        for (XWPFNum n : numbering.getNums()) {
            if (n.getCTNum() != null) {
                Element e = (Element) n.getCTNum().getDomNode();
                String id = WordXml.attr(e, "numId");
                if (id != null) {
                    nums.putIfAbsent(id.strip(), e);
                }
            }
        }
    }

    /**
     * The level a paragraph of style {@code styleId} has in list {@code numId} when neither the paragraph nor its style
     * gives one: the level that names the style in {@code w:pStyle} (how Word links heading styles to a list), else 0.
     */
    int levelOfStyle(String numId, String styleId) {
        ListInstance list = resolve(numId);
        if (list != null && styleId != null) {
            for (Element lvl : WordXml.children(list.abstractNum)) {
                if (WordXml.is(lvl, "lvl") && styleId.equals(childVal(lvl, "pStyle"))) {
                    return WordXml.intVal(WordXml.attr(lvl, "ilvl"), 0);
                }
            }
        }
        return 0;
    }

    /**
     * Counts one paragraph of list {@code numId} at level {@code ilvl} and returns the label Word shows before its
     * text, followed by one space where Word leaves a gap (a tab or a space after the number), or "" when the list
     * shows no number (a bullet, an unknown list).
     */
    String next(String numId, int ilvl) {
        ListInstance list = resolve(numId);
        if (list == null || ilvl < 0 || ilvl >= LEVELS) {
            return "";
        }
        Element lvl = level(list, ilvl);
        if (lvl == null) {
            return "";
        }
        Counters c = counters.computeIfAbsent(list.counterKey, k -> new Counters());
        if (instancesSeen.add(list.numId)) {
            startOverrides(list, c);
        }
        Integer pending = c.pendingStarts.remove(ilvl);
        if (pending != null) {
            c.values[ilvl] = pending;
        } else {
            c.values[ilvl] = c.used[ilvl] ? c.values[ilvl] + 1 : start(lvl);
        }
        c.used[ilvl] = true;
        for (int deeper = ilvl + 1; deeper < LEVELS; deeper++) {
            if (restartsAfter(level(list, deeper), ilvl)) {
                c.used[deeper] = false;
            }
        }
        String label = label(list, lvl, ilvl, c);
        if (label.isEmpty()) {
            return "";
        }
        String suffix = childVal(lvl, "suff");
        return "nothing".equals(suffix) ? label : label + " ";
    }

    private ListInstance resolve(String numId) {
        if (numId == null) {
            return null;
        }
        Element num = nums.get(numId.strip());
        if (num == null) {
            return null;
        }
        String abstractId = childVal(num, "abstractNumId");
        Element abstractNum = abstractId == null ? null : abstractNums.get(abstractId.strip());
        if (abstractNum == null) {
            return null;
        }
        // A list style: the abstract list only points to a style whose numbering holds the real definition.
        String styleLink = childVal(abstractNum, "numStyleLink");
        if (styleLink != null) {
            Element linked = WordXml.child(DocxStyles.inherited(styles.chain(styleLink), "numPr"), "numId");
            Element linkedNum = nums.get(String.valueOf(WordXml.val(linked)).strip());
            String linkedAbstract = linkedNum == null ? null : childVal(linkedNum, "abstractNumId");
            Element definition = linkedAbstract == null ? null : abstractNums.get(linkedAbstract.strip());
            if (definition != null && childVal(definition, "numStyleLink") == null) {
                return new ListInstance(numId, num, definition, linkedAbstract.strip());
            }
        }
        return new ListInstance(numId, num, abstractNum, abstractId.strip());
    }

    /** The level definition: an override in the instance first, then the abstract list's. */
    private static Element level(ListInstance list, int ilvl) {
        for (Element override : WordXml.children(list.num)) {
            if (WordXml.is(override, "lvlOverride") && ilvlOf(override) == ilvl && child(override, "lvl") != null) {
                return child(override, "lvl");
            }
        }
        for (Element lvl : WordXml.children(list.abstractNum)) {
            if (WordXml.is(lvl, "lvl") && ilvlOf(lvl) == ilvl) {
                return lvl;
            }
        }
        return null;
    }

    private static int ilvlOf(Element e) {
        return WordXml.intVal(WordXml.attr(e, "ilvl"), -1);
    }

    private static void startOverrides(ListInstance list, Counters c) {
        for (Element override : WordXml.children(list.num)) {
            String start = childVal(override, "startOverride");
            int ilvl = ilvlOf(override);
            if (WordXml.is(override, "lvlOverride") && start != null && ilvl >= 0 && ilvl < LEVELS) {
                c.pendingStarts.put(ilvl, WordXml.intVal(start, 1));
            }
        }
    }

    private static int start(Element lvl) {
        return WordXml.intVal(childVal(lvl, "start"), 0);
    }

    /** Whether numbering at level {@code numbered} resets {@code deeper}: by default yes; lvlRestart 0 never. */
    private static boolean restartsAfter(Element deeper, int numbered) {
        String restart = childVal(deeper, "lvlRestart");
        if (restart == null) {
            return true;
        }
        int after = WordXml.intVal(restart, LEVELS);
        return after > 0 && numbered < after;
    }

    /** {@code w:lvlText} with %1 … %9 replaced by the counters of those levels in their formats. */
    private static String label(ListInstance list, Element lvl, int ilvl, Counters c) {
        String format = childVal(lvl, "numFmt");
        if ("bullet".equals(format)) {
            return "";
        }
        String text = childVal(lvl, "lvlText");
        if (text == null) {
            return "";
        }
        boolean legal = WordXml.isOn(child(lvl, "isLgl"));
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (ch == '%' && i + 1 < text.length() && text.charAt(i + 1) >= '1' && text.charAt(i + 1) <= '9') {
                int k = text.charAt(i + 1) - '1';
                Element kLvl = k == ilvl ? lvl : level(list, k);
                int value = c.used[k] ? c.values[k] : kLvl == null ? 1 : start(kLvl);
                String kFormat = kLvl == null ? "decimal" : childVal(kLvl, "numFmt");
                out.append(ListNumberFormat.format(legal && k < ilvl ? "decimal" : kFormat, value));
                i++;
            } else {
                out.append(ch);
            }
        }
        return out.toString();
    }
}
