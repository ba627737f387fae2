package org.gapcheck.cli;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** File names that fit the file system: ext4, XFS and APFS allow 255 bytes of UTF-8 per name, NTFS 255 UTF-16 units. */
final class FileNames {
    static final int MAX_BYTES = 255;
    private static final int HASH_HEX_DIGITS = 8;

    private FileNames() {}

    /** {@code name} if it has at most {@code maxBytes} bytes of UTF-8, else its longest prefix that has, whole chars only. */
    static String truncated(String name, int maxBytes) {
        int bytes = 0;
        int end = 0;
        while (end < name.length()) {
            int c = name.codePointAt(end);
            bytes += utf8Bytes(c);
            if (bytes > maxBytes) {
                return name.substring(0, end);
            }
            end += Character.charCount(c);
        }
        return name;
    }

    /**
     * {@code name} if it fits in {@code maxBytes}, else a prefix of it, {@code ~} and 8 hex digits of the SHA-256 of the
     * whole name: still recognisable, and two long names that share their first two hundred bytes stay apart.
     */
    static String shortened(String name, int maxBytes) {
        if (truncated(name, maxBytes).length() == name.length()) {
            return name;
        }
        String hash = HexFormat.of().formatHex(sha256(name)).substring(0, HASH_HEX_DIGITS);
        return truncated(name, maxBytes - 1 - HASH_HEX_DIGITS) + "~" + hash;
    }

    static int utf8Length(String name) {
        return name.codePoints().map(FileNames::utf8Bytes).sum();
    }

    /** A lone surrogate counts as the 3 bytes of the replacement char a file system would be given. */
    private static int utf8Bytes(int codePoint) {
        return codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
    }

    private static byte[] sha256(String s) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
