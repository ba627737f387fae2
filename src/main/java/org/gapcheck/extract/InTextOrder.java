package org.gapcheck.extract;

import java.util.List;
import java.util.function.ToIntFunction;

/**
 * Range lookups in lists kept in text order (quantities, alias matches, facts by start), by binary search so that cost
 * stays linear in long reports.
 */
final class InTextOrder {

    private InTextOrder() {}

    /** The items starting in [from, to). */
    static <T> List<T> startingIn(List<T> items, ToIntFunction<? super T> start, int from, int to) {
        int first = firstStartingAtOrAfter(items, start, from);
        int end = Math.max(first, firstStartingAtOrAfter(items, start, to));
        return items.subList(first, end);
    }

    /** The index of the first item starting at or after {@code offset}; the list's size when none does. */
    static <T> int firstStartingAtOrAfter(List<T> items, ToIntFunction<? super T> start, int offset) {
        int low = 0;
        int high = items.size();
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (start.applyAsInt(items.get(mid)) < offset) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }
}
