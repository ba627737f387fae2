package org.gapcheck.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class NormalizationTest {

    @Test
    void fullWidthFormsBecomeAsciiAtTheSameOffsets() {
        String text = "答复率达到１００％（全年），共ＡＢ项：";
        Document doc = DocumentReader.fromText("t.txt", text);

        assertEquals("答复率达到100%(全年),共AB项:", doc.normalized());
        assertEquals(text.length(), doc.normalized().length());
        int at = doc.normalized().indexOf("100%");
        assertEquals(text.indexOf("１００％"), at);
        assertEquals("１００％", text.substring(at, at + 4));
    }

    @Test
    void charsWhoseFormIsLongerAndSurrogatePairsAreKept() {
        String text = "面积5㎡…𠀀字";
        assertEquals(text, DocumentReader.fromText("t.txt", text).normalized());
    }

    @Test
    void fullWidthSpaceBecomesAnAsciiSpace() {
        assertEquals("a b", DocumentReader.fromText("t.txt", "a\u3000b").normalized());
    }
}
