package org.gapcheck.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class WordsByStartTest {

    private final WordsByStart<String> words = new WordsByStart<>(
            List.of("执法监督", "执法", "执", "执行", "法治", "执法人员"), Function.identity());

    @Test
    void aPositionGetsTheWordsSharingItsFirstTwoCharsAndTheOneCharWordsInTheOrderGiven() {
        assertEquals(List.of("执法监督", "执法", "执", "执法人员"), words.candidatesAt("开展执法检查", 2));
        assertEquals(List.of("执", "执行"), words.candidatesAt("执行", 0));
        assertEquals(List.of("法治"), words.candidatesAt("法治政府", 0));
    }

    @Test
    void withoutAMatchingSecondCharOnlyOneCharWordsRemain() {
        assertEquals(List.of("执"), words.candidatesAt("执纪", 0));
        assertEquals(List.of("执"), words.candidatesAt("坚持执", 2));
        assertEquals(List.of(), words.candidatesAt("法", 0));
        assertEquals(List.of(), words.candidatesAt("政府", 0));
    }
}
