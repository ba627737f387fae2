package org.gapcheck.extract;

import java.util.List;

/** Range lookups in the report's quantities, which {@link ChineseNumbers#findAll} returns in text order. */
final class Quantities {

    private Quantities() {}

    /** The quantities starting in [from, to), found by binary search so that cost stays linear in long reports. */
    static List<Quantity> startingIn(List<Quantity> quantities, int from, int to) {
        int first = firstStartingAtOrAfter(quantities, from);
        int end = Math.max(first, firstStartingAtOrAfter(quantities, to));
        return quantities.subList(first, end);
    }

    private static int firstStartingAtOrAfter(List<Quantity> quantities, int offset) {
        int low = 0;
        int high = quantities.size();
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (quantities.get(mid).start() < offset) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }
}
