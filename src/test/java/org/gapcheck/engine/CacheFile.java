package org.gapcheck.engine;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A rule-cache file split where its payload begins — MAC, then magic and key, then the payload's length and itself —
 * and the two ways a test forges one: another payload under this file's header as it stands (what anyone who can write
 * to the folder can do), or signed with the folder's MAC key (what only gapcheck itself should do).
 */
record CacheFile(byte[] mac, byte[] magicAndKey, byte[] payload) {
    static CacheFile of(Path file) throws Exception {
        return of(Files.readAllBytes(file));
    }

    static CacheFile of(byte[] bytes) {
        int magicLength = ((bytes[RuleCache.MAC_BYTES] & 0xff) << 8) | (bytes[RuleCache.MAC_BYTES + 1] & 0xff);
        int keyEnd = RuleCache.MAC_BYTES + 2 + magicLength + 2 + 64;
        return new CacheFile(Arrays.copyOf(bytes, RuleCache.MAC_BYTES),
                Arrays.copyOfRange(bytes, RuleCache.MAC_BYTES, keyEnd),
                Arrays.copyOfRange(bytes, keyEnd + 4, bytes.length));
    }

    int payloadOffset() {
        return mac.length + magicAndKey.length + 4;
    }

    /** This file's header — MAC, magic, key — copied onto {@code other} (its length put right). */
    byte[] withPayload(byte[] other) throws Exception {
        return concat(mac, signedPart(other));
    }

    /** {@code other} under this file's magic and key, with the MAC gapcheck would give it. */
    byte[] signed(RuleCache cache, byte[] other) throws Exception {
        Mac hmac = Mac.getInstance("HmacSHA256");
        hmac.init(new SecretKeySpec(cache.macKey(), "HmacSHA256"));
        byte[] signedPart = signedPart(other);
        return concat(hmac.doFinal(signedPart), signedPart);
    }

    private byte[] signedPart(byte[] other) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.write(magicAndKey);
        new DataOutputStream(bytes).writeInt(other.length);
        bytes.write(other);
        return bytes.toByteArray();
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] both = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }
}
