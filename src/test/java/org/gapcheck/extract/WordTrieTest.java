package org.gapcheck.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class WordTrieTest {

    private final WordTrie<String> words = new WordTrie<>(
            List.of("执法监督", "执法", "执", "执行", "法治", "执法人员", "执法"), Function.identity());

    /** Every word that starts at {@code i}, shortest first, as a scan meets them walking down the trie. */
    private List<String> startingAt(String text, int i) {
        List<String> found = new ArrayList<>();
        WordTrie.Node<String> node = words.at(text, i);
        for (int end = i + 1; node != null; end++) {
            found.addAll(node.ending());
            node = end < text.length() ? node.next(text.charAt(end)) : null;
        }
        return found;
    }

    @Test
    void oneWalkMeetsEveryWordStartingAtAPositionShortestFirstDuplicatesKept() {
        assertEquals(List.of("执", "执法", "执法", "执法人员"), startingAt("开展执法人员培训", 2));
        assertEquals(List.of("执", "执行"), startingAt("执行", 0));
        assertEquals(List.of("法治"), startingAt("法治政府", 0));
    }

    @Test
    void aWalkStopsAtTheTextsEndAndWherePrefixesLeadNowhere() {
        assertEquals(List.of("执", "执法", "执法"), startingAt("执法监", 0));
        assertEquals(List.of("执"), startingAt("执纪", 0));
        assertEquals(List.of("执"), startingAt("坚持执", 2));
        assertEquals(List.of(), startingAt("法", 0));
        assertEquals(List.of(), startingAt("政府", 0));
    }
}
