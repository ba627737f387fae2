package org.gapcheck.ingest;

/**
 * The NUL bytes of a file, counted by position parity. Text in UTF-8 or GB18030 has none; UTF-16 without a BOM has them
 * on one side of the byte pairs (odd positions little-endian, even big-endian) wherever it holds ASCII; binary data has
 * them anywhere.
 */
record ZeroBytes(int even, int odd) {

    static ZeroBytes of(byte[] bytes) {
        int even = 0;
        int odd = 0;
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                if (i % 2 == 0) {
                    even++;
                } else {
                    odd++;
                }
            }
        }
        return new ZeroBytes(even, odd);
    }

    boolean any() {
        return even + odd > 0;
    }

    /** UTF-16LE or UTF-16BE, by the side the NULs are on. */
    String utf16Name() {
        return odd >= even ? "UTF-16LE" : "UTF-16BE";
    }
}
