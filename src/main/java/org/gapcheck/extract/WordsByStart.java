package org.gapcheck.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Words grouped by their first two characters, for scanning a text position by position: each position tries only the
 * words that could start there (执法 alone begins fifty keywords). Indexed by the first char itself, because a map
 * would box every char of every report; the second is found by binary search among the few that follow it.
 */
final class WordsByStart<T> {

    /** The words of one first char: by second char, each list also holding the one-char words, in the order given. */
    private record Group<T>(char[] seconds, List<List<T>> bySecond, List<T> oneChar) {
        List<T> at(String text, int i) {
            if (i + 1 < text.length()) {
                int found = Arrays.binarySearch(seconds, text.charAt(i + 1));
                if (found >= 0) {
                    return bySecond.get(found);
                }
            }
            return oneChar;
        }
    }

    private final Group<T>[] table;

    @SuppressWarnings("unchecked")
    WordsByStart(List<T> entries, Function<T, String> word) {
        table = (Group<T>[]) new Group<?>[Character.MAX_VALUE + 1];
        TreeMap<Character, List<T>> byFirst = new TreeMap<>();
        for (T entry : entries) {
            byFirst.computeIfAbsent(word.apply(entry).charAt(0), c -> new ArrayList<>()).add(entry);
        }
        byFirst.forEach((first, words) -> {
            TreeMap<Character, List<T>> bySecond = new TreeMap<>();
            for (T entry : words) {
                String w = word.apply(entry);
                if (w.length() > 1) {
                    bySecond.putIfAbsent(w.charAt(1), new ArrayList<>());
                }
            }
            for (T entry : words) {   // in the order given, so each list keeps it
                String w = word.apply(entry);
                bySecond.forEach((second, list) -> {
                    if (w.length() == 1 || w.charAt(1) == second) {
                        list.add(entry);
                    }
                });
            }
            char[] seconds = new char[bySecond.size()];
            int k = 0;
            for (char second : bySecond.keySet()) {
                seconds[k++] = second;
            }
            List<T> oneChar = words.stream().filter(e -> word.apply(e).length() == 1).toList();
            table[first] = new Group<>(seconds, bySecond.values().stream().map(List::copyOf).toList(), oneChar);
        });
    }

    /** The words that may start at {@code text[i]} (first two chars matching, or one-char words), in the order given. */
    List<T> candidatesAt(String text, int i) {
        Group<T> group = table[text.charAt(i)];
        return group == null ? List.of() : group.at(text, i);
    }
}
