package org.gapcheck.report;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.apache.poi.ss.util.WorkbookUtil;

/**
 * Sheet names Excel accepts: at most 31 chars, none of []:*?/\, not starting or ending with an apostrophe, and unique
 * within the workbook ignoring case. A name already taken gets a suffix: "红桥区 2020 (2)".
 */
final class XlsxSheetNames {
    static final int MAX_LENGTH = 31;

    /** Names taken so far, lower-cased; Excel reserves "History" for its change tracking. */
    private final Set<String> taken = new HashSet<>(Set.of("history"));

    /** A valid name as close to {@code wanted} as Excel allows, now taken. */
    String claim(String wanted) {
        String base = WorkbookUtil.createSafeSheetName(wanted.isBlank() ? "报告" : wanted.strip(), '_');
        String name = base;
        for (int n = 2; taken.contains(key(name)); n++) {
            String suffix = " (" + n + ")";
            int cut = Math.min(base.length(), MAX_LENGTH - suffix.length());
            if (cut > 0 && Character.isHighSurrogate(base.charAt(cut - 1))) {
                cut--;
            }
            name = base.substring(0, cut).stripTrailing() + suffix;
        }
        taken.add(key(name));
        return name;
    }

    private static String key(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}
