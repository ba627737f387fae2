package org.gapcheck.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** East Asian display width: Wide and Fullwidth code points count two columns, everything else one. */
class DisplayWidthTest {

    @Test
    void chineseCharactersCountTwo() {
        assertEquals(8, DisplayWidth.of("法治政府"));
        assertEquals(22, DisplayWidth.of("行政机关负责人出庭应诉"));
    }

    @Test
    void fullwidthAndCjkPunctuationCountTwo() {
        assertEquals(12, DisplayWidth.of("（）、。「」"));
        assertEquals(6, DisplayWidth.of("ＡＢ１"), "fullwidth Latin letters and digits");
        assertEquals(2, DisplayWidth.of("“”"), "curly quotes are East Asian Ambiguous, narrow outside a CJK locale");
        assertEquals(2, DisplayWidth.of("％"));
    }

    @Test
    void asciiAndHalfwidthFormsCountOne() {
        assertEquals(7, DisplayWidth.of("abc 123"));
        assertEquals(0, DisplayWidth.of(""));
        assertEquals(1, DisplayWidth.of("ｱ"), "halfwidth katakana");
        assertEquals(1, DisplayWidth.of("—"), "an em dash is Ambiguous");
        assertEquals(1, DisplayWidth.of("①"), "a circled digit is Ambiguous");
    }

    @Test
    void mixedTextAddsUp() {
        assertEquals(16, DisplayWidth.of("出庭应诉率81.25%"));
        assertEquals(17, DisplayWidth.of("差 18.75 个百分点"));
        assertEquals(DisplayWidth.of("天津市红桥区人民政府") + 5, DisplayWidth.of("天津市红桥区人民政府 2020"));
    }

    @Test
    void otherWideScriptsAndEmojiCountTwo() {
        assertEquals(4, DisplayWidth.of("한글"), "hangul syllables");
        assertEquals(4, DisplayWidth.of("かな"), "hiragana");
        assertEquals(2, DisplayWidth.of("😀"), "an emoji outside the Basic Multilingual Plane is one code point");
        assertEquals(2, DisplayWidth.of("𠀀"), "CJK Extension B");
    }

    @Test
    void runBoundariesAreInclusive() {
        assertFalse(DisplayWidth.isWide(0x10FF));
        assertTrue(DisplayWidth.isWide(0x1100));
        assertTrue(DisplayWidth.isWide(0x115F));
        assertFalse(DisplayWidth.isWide(0x1160));
        assertTrue(DisplayWidth.isWide(0x3000), "ideographic space");
        assertFalse(DisplayWidth.isWide(0x303F), "half fill space is narrow");
        assertTrue(DisplayWidth.isWide(0x9FFF), "unassigned in the CJK block, Wide by default");
        assertTrue(DisplayWidth.isWide(0x3FFFD));
        assertFalse(DisplayWidth.isWide(0x3FFFE));
        assertFalse(DisplayWidth.isWide(0));
        assertFalse(DisplayWidth.isWide(Character.MAX_CODE_POINT));
    }

    @Test
    void everyHanIdeographAndFullwidthFormIsWide() {
        for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
            Character.UnicodeBlock block = Character.UnicodeBlock.of(cp);
            boolean han = block == Character.UnicodeBlock.CJK_UNIFIED_IDEOGRAPHS
                    || block == Character.UnicodeBlock.CJK_UNIFIED_IDEOGRAPHS_EXTENSION_A
                    || block == Character.UnicodeBlock.CJK_UNIFIED_IDEOGRAPHS_EXTENSION_B
                    || block == Character.UnicodeBlock.CJK_COMPATIBILITY_IDEOGRAPHS
                    || block == Character.UnicodeBlock.HANGUL_SYLLABLES && Character.isDefined(cp);
            boolean fullwidth = cp >= 0xFF01 && cp <= 0xFF60;
            if (han || fullwidth) {
                assertTrue(DisplayWidth.isWide(cp), Integer.toHexString(cp));
            }
            if (cp < 0x1100) {
                assertFalse(DisplayWidth.isWide(cp), Integer.toHexString(cp));
            }
        }
    }
}
