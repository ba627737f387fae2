package org.gapcheck.extract;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names listed before a number they share or split: "答复率、满意率均为100%" gives each name the one value;
 * "A、B和C分别为23.9万件、35.05万件和2.3万件" gives each name its own value, in order.
 */
final class ListedNames {

    private static final Pattern SHARED = Pattern.compile("^(.+?)(?:均|都|全部|皆)(?:为|达到|达|保持|是|在)?$");
    private static final Pattern RESPECTIVELY = Pattern.compile("^(.+?)分别(?:为|是|达到|达|有|占)?");
    private static final Pattern SEPARATORS = Pattern.compile("以及|、|和|及|与");

    private ListedNames() {}

    /** The names sharing {@code q}, whose clause's words before it are {@code before}; empty unless two or more. */
    static List<String> sharing(String before) {
        Matcher m = SHARED.matcher(before);
        return m.find() ? atLeastTwo(m.group(1)) : List.of();
    }

    /** The names a 分别 list opening {@code clause} distributes over its numbers; empty when there is no such list. */
    static List<String> respectively(String clause) {
        Matcher m = RESPECTIVELY.matcher(clause);
        return m.find() ? atLeastTwo(m.group(1)) : List.of();
    }

    /** Where the 分别 list of {@code clause} ends, or -1. */
    static int respectivelyEnd(String clause) {
        Matcher m = RESPECTIVELY.matcher(clause);
        return m.find() ? m.end() : -1;
    }

    private static List<String> atLeastTwo(String names) {
        List<String> items = Arrays.stream(SEPARATORS.split(names)).map(String::strip).filter(s -> !s.isEmpty())
                .toList();
        return items.size() >= 2 ? items : List.of();
    }
}
