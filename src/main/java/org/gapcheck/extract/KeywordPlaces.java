package org.gapcheck.extract;

import java.util.ArrayList;
import java.util.List;
import org.gapcheck.catalogue.Topic;

/** Where each topic's keywords stand in a text, found in one pass over it (keywords in a trie). */
final class KeywordPlaces {

    private record Keyword(String word, int topic, boolean negative) {}

    private final List<Topic> topics;
    private final WordTrie<Keyword> keywords;

    KeywordPlaces(List<Topic> topics) {
        this.topics = topics;
        List<Keyword> keywords = new ArrayList<>();
        for (int t = 0; t < topics.size(); t++) {
            for (String word : topics.get(t).keywords()) {
                if (!word.isEmpty()) {
                    keywords.add(new Keyword(word, t, topics.get(t).negative()));
                }
            }
        }
        this.keywords = new WordTrie<>(keywords, Keyword::word);
    }

    List<Topic> topics() {
        return topics;
    }

    /**
     * For each topic (by index), the ascending start offsets of its keywords. For a negative topic a keyword followed by
     * 率 names a rate (败诉率), which the metric checks judge; it is not the event itself.
     */
    int[][] find(String text) {
        int[][] places = new int[topics.size()][];
        int[] counts = new int[topics.size()];
        for (int t = 0; t < places.length; t++) {
            places[t] = new int[4];
        }
        for (int i = 0; i < text.length(); i++) {
            WordTrie.Node<Keyword> node = keywords.at(text, i);
            for (int end = i + 1; node != null; end++) {
                for (Keyword k : node.ending()) {
                    if (k.negative && end < text.length() && text.charAt(end) == '率') {
                        continue;
                    }
                    int n = counts[k.topic];
                    if (n > 0 && places[k.topic][n - 1] == i) {
                        continue;
                    }
                    if (n == places[k.topic].length) {
                        places[k.topic] = java.util.Arrays.copyOf(places[k.topic], n * 2);
                    }
                    places[k.topic][n] = i;
                    counts[k.topic] = n + 1;
                }
                node = end < text.length() ? node.next(text.charAt(end)) : null;
            }
        }
        for (int t = 0; t < places.length; t++) {
            places[t] = java.util.Arrays.copyOf(places[t], counts[t]);
        }
        return places;
    }

    /** Whether each topic (by index) has any keyword in {@code text}, a negative one before 率 included. */
    boolean[] topicsIn(String text) {
        boolean[] found = new boolean[topics.size()];
        for (int i = 0; i < text.length(); i++) {
            WordTrie.Node<Keyword> node = keywords.at(text, i);
            for (int end = i + 1; node != null; end++) {
                for (Keyword k : node.ending()) {
                    found[k.topic] = true;
                }
                node = end < text.length() ? node.next(text.charAt(end)) : null;
            }
        }
        return found;
    }
}
