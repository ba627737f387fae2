package org.gapcheck.ingest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * A document with its invisible format chars taken out — zero-width space, non-joiner and joiner, word joiner, a BOM
 * inside the text, soft hyphen, direction marks — and the way back to the original's offsets. Editors and web pages
 * leave them inside numbers and words ("1\u200b00%", "出庭\u200b应诉率"), where a reader sees nothing; without them
 * numbers and aliases are found as the reader sees them. NFKC keeps them, and the normalized copy must keep the
 * original's length, so they are removed here, in a copy used only for finding things.
 */
public final class VisibleText {

    private final Document document;
    /** The original offset of each char of {@code document}, and one past the last: the original's length. */
    private final int[] origins;

    private VisibleText(Document document, int[] origins) {
        this.document = document;
        this.origins = origins;
    }

    /** Empty when the text holds no invisible char, as almost every report: then the cost is one scan. */
    public static Optional<VisibleText> of(Document original) {
        String text = original.normalized();
        if (!anyInvisible(text)) {
            return Optional.empty();
        }
        int[] origins = new int[text.length() + 1];
        StringBuilder visible = new StringBuilder(text.length());
        StringBuilder visibleNormalized = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            if (!isInvisible(text.charAt(i))) {
                origins[visible.length()] = i;
                visible.append(original.text().charAt(i));
                visibleNormalized.append(text.charAt(i));
            }
        }
        origins[visible.length()] = text.length();
        int[] trimmed = Arrays.copyOf(origins, visible.length() + 1);
        List<Section> sections = new ArrayList<>();
        for (Section s : original.sections()) {
            sections.add(new Section(without(s.heading()), s.kind(), visibleOffset(trimmed, s.start()),
                    visibleOffset(trimmed, s.end())));
        }
        List<Sentence> sentences = new ArrayList<>();
        for (Sentence s : original.sentences()) {
            sentences.add(new Sentence(visibleOffset(trimmed, s.start()), visibleOffset(trimmed, s.end()),
                    s.section()));
        }
        Document document = new Document(original.name(), visible.toString(), visibleNormalized.toString(), sections,
                sentences, original.unit(), original.unitLevel(), original.year(), original.published());
        return Optional.of(new VisibleText(document, trimmed));
    }

    /** The document without its invisible chars; its offsets are turned back by {@link #start} and {@link #end}. */
    public Document document() {
        return document;
    }

    /** The original offset of the span starting at {@code visibleStart}. */
    public int start(int visibleStart) {
        return origins[visibleStart];
    }

    /**
     * The original offset ending the span {@code visibleStart..visibleEnd}: just after its last char, so invisible
     * chars inside the span stay in it and those after it stay out.
     */
    public int end(int visibleStart, int visibleEnd) {
        return visibleEnd == visibleStart ? origins[visibleStart] : origins[visibleEnd - 1] + 1;
    }

    /** Formatting chars that show nothing and carry no meaning in a report's running text. */
    static boolean isInvisible(char c) {
        return c == '\u00AD' || (c >= '\u200B' && c <= '\u200F') || (c >= '\u202A' && c <= '\u202E')
                || (c >= '\u2060' && c <= '\u2064') || (c >= '\u2066' && c <= '\u206F') || c == '\uFEFF';
    }

    private static boolean anyInvisible(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '\u00AD' && isInvisible(c)) {
                return true;
            }
        }
        return false;
    }

    private static String without(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            if (!isInvisible(s.charAt(i))) {
                out.append(s.charAt(i));
            }
        }
        return out.toString();
    }

    /** Where an original offset falls in the visible text: the first visible char at or after it. */
    private static int visibleOffset(int[] origins, int originalOffset) {
        int low = 0;
        int high = origins.length - 1;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (origins[mid] < originalOffset) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }
}
