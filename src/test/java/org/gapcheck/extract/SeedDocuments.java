package org.gapcheck.extract;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.gapcheck.ingest.Document;
import org.gapcheck.ingest.Section;
import org.gapcheck.ingest.SectionKind;
import org.gapcheck.ingest.Sentence;

/** Builds {@link Document}s for tests the way ingest will, with sections taken from the gold headings. */
final class SeedDocuments {

    private static final String SENTENCE_BREAKS = "。！？；!?;\n";

    private SeedDocuments() {}

    static Document of(Gold gold) {
        try {
            return of(gold.report(), Files.readString(gold.seed(), StandardCharsets.UTF_8), sections(gold));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Headings and kinds as the gold lists them; the text decides where each starts. */
    private static List<String[]> sections(Gold gold) {
        return gold.sections().stream().map(s -> new String[] {s.heading(), s.kind()}).toList();
    }

    static Document of(String name, String text, List<String[]> headingsAndKinds) {
        List<Integer> starts = new ArrayList<>();
        List<SectionKind> kinds = new ArrayList<>();
        List<String> headings = new ArrayList<>();
        for (String[] hk : headingsAndKinds) {
            int at = text.indexOf(hk[0]);
            if (at >= 0) {
                starts.add(at);
                kinds.add(SectionKind.valueOf(hk[1].toUpperCase(Locale.ROOT)));
                headings.add(hk[0]);
            }
        }
        List<Section> sections = new ArrayList<>();
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < starts.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparing(starts::get));
        for (int k = 0; k < order.size(); k++) {
            int i = order.get(k);
            int end = k + 1 < order.size() ? starts.get(order.get(k + 1)) : text.length();
            sections.add(new Section(headings.get(i), kinds.get(i), starts.get(i), end));
        }
        Document sectioned = new Document(name, text, normalize(text), sections, List.of(), null, null, null, null);
        return new Document(name, text, sectioned.normalized(), sections, sentences(text, sectioned), null, null, null, null);
    }

    static Document plain(String text) {
        return of("text", text, List.of());
    }

    static String normalize(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            String c = String.valueOf(text.charAt(i));
            String n = Normalizer.normalize(c, Normalizer.Form.NFKC);
            out.append(n.length() == 1 ? n : c);
        }
        return out.toString();
    }

    private static List<Sentence> sentences(String text, Document sectioned) {
        List<Sentence> sentences = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || SENTENCE_BREAKS.indexOf(text.charAt(i)) >= 0) {
                int s = start;
                int e = i;
                while (s < e && Character.isWhitespace(text.charAt(s))) {
                    s++;
                }
                while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
                    e--;
                }
                if (e > s) {
                    sentences.add(new Sentence(s, e, sectioned.sectionAt(s)));
                }
                start = i + 1;
            }
        }
        return sentences;
    }
}
