package org.gapcheck.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Words grouped by their first character, for scanning a text position by position: each position tries only the few
 * words that could start there. Indexed by the char itself, because a map would box every char of every report.
 */
final class ByFirstChar<T> {
    private final List<T>[] table;

    @SuppressWarnings("unchecked")
    ByFirstChar(List<T> entries, Function<T, String> word) {
        List<T>[] grouped = (List<T>[]) new List<?>[Character.MAX_VALUE + 1];
        for (T entry : entries) {
            char first = word.apply(entry).charAt(0);
            if (grouped[first] == null) {
                grouped[first] = new ArrayList<>();
            }
            grouped[first].add(entry);
        }
        for (int c = 0; c < grouped.length; c++) {
            if (grouped[c] != null) {
                grouped[c] = List.copyOf(grouped[c]);
            }
        }
        table = grouped;
    }

    /** The words starting with {@code c}, in the order given; empty when none does. */
    List<T> startingWith(char c) {
        List<T> words = table[c];
        return words == null ? List.of() : words;
    }
}
