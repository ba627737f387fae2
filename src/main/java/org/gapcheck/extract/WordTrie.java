package org.gapcheck.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Words in a trie, for scanning a text position by position: from each position one walk down the trie meets every
 * word that starts there, however many share a beginning (执法 begins fifty keywords), instead of comparing each. The
 * first char is looked up in a table, because a map would box every char of every report; further chars by binary
 * search among the few that follow.
 */
final class WordTrie<T> {

    /** The words spelled so far: those that end here, in the order given, and the chars that lead on. */
    static final class Node<T> {
        private final List<T> ending;
        private final char[] nextChars;
        private final Node<T>[] next;

        private Node(List<T> ending, char[] nextChars, Node<T>[] next) {
            this.ending = ending;
            this.nextChars = nextChars;
            this.next = next;
        }

        /** The words that end at this node, in the order given. */
        List<T> ending() {
            return ending;
        }

        /** The node one char further, or null when no word goes on with {@code c}. */
        Node<T> next(char c) {
            int found = Arrays.binarySearch(nextChars, c);
            return found >= 0 ? next[found] : null;
        }
    }

    private final Node<T>[] roots;

    @SuppressWarnings("unchecked")
    WordTrie(List<T> entries, Function<T, String> word) {
        Builder<T> root = new Builder<>();
        for (T entry : entries) {
            String w = word.apply(entry);
            if (w.isEmpty()) {
                continue;
            }
            Builder<T> node = root;
            for (int i = 0; i < w.length(); i++) {
                node = node.next.computeIfAbsent(w.charAt(i), c -> new Builder<>());
            }
            node.ending.add(entry);
        }
        roots = (Node<T>[]) new Node<?>[Character.MAX_VALUE + 1];
        root.next.forEach((c, node) -> roots[c] = node.build());
    }

    /** The node of the one-char word {@code text[i]}, from which the words starting at {@code i} are walked; or null. */
    Node<T> at(String text, int i) {
        return roots[text.charAt(i)];
    }

    private static final class Builder<T> {
        final List<T> ending = new ArrayList<>();
        final TreeMap<Character, Builder<T>> next = new TreeMap<>();

        @SuppressWarnings("unchecked")
        Node<T> build() {
            char[] chars = new char[next.size()];
            Node<T>[] nodes = (Node<T>[]) new Node<?>[next.size()];
            int k = 0;
            for (var e : next.entrySet()) {
                chars[k] = e.getKey();
                nodes[k++] = e.getValue().build();
            }
            return new Node<>(List.copyOf(ending), chars, nodes);
        }
    }
}
