package org.gapcheck.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Sheet names Excel accepts and that stay unique within a workbook. */
class XlsxSheetNamesTest {

    @Test
    void forbiddenCharactersAreReplaced() {
        XlsxSheetNames names = new XlsxSheetNames();
        assertEquals("a_b_c_d_e_f_g_h", names.claim("a[b]c:d*e?f/g\\h"));
    }

    @Test
    void longNamesAreCutToThirtyOneChars() {
        String name = new XlsxSheetNames().claim("天津市滨海新区人民政府办公室关于法治政府建设工作情况的报告 2023");
        assertEquals(31, name.length());
        assertTrue(name.startsWith("天津市滨海新区人民政府办公室"), name);
    }

    @Test
    void aTakenNameGetsANumberIgnoringCase() {
        XlsxSheetNames names = new XlsxSheetNames();
        assertEquals("汇总", names.claim("汇总"));
        assertEquals("汇总 (2)", names.claim("汇总"));
        assertEquals("汇总 (3)", names.claim("汇总"));
        assertEquals("Report", names.claim("Report"));
        assertEquals("REPORT (2)", names.claim("REPORT"));
        assertEquals("History (2)", names.claim("History"), "reserved by Excel");
    }

    @Test
    void theNumberFitsWithinThirtyOneChars() {
        XlsxSheetNames names = new XlsxSheetNames();
        String wanted = "一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一二三";
        String first = names.claim(wanted);
        String second = names.claim(wanted);
        assertEquals(31, first.length());
        assertEquals(31, second.length());
        assertTrue(second.endsWith(" (2)"), second);
        assertEquals(first.substring(0, 27), second.substring(0, 27));
    }

    @Test
    void aBlankNameStillGetsOne() {
        assertEquals("报告", new XlsxSheetNames().claim("  "));
    }
}
