package io.switchboard.platform.keys;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;

/** Mints keys (256 random bits, base62) and derives what is stored of them: a SHA-256 hash and a display prefix. */
public final class KeySecrets {

    private static final char[] BASE62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz".toCharArray();
    private static final int RANDOM_CHARS = 43; // 43 base62 characters carry 256 bits
    private static final int DISPLAY_CHARS = 4;
    private static final SecureRandom RANDOM = new SecureRandom();

    private KeySecrets() {}

    public static String mint(KeyKind kind) {
        StringBuilder key = new StringBuilder(kind.prefix());
        for (int i = 0; i < RANDOM_CHARS; i++) {
            key.append(BASE62[RANDOM.nextInt(BASE62.length)]);
        }
        return key.toString();
    }

    public static byte[] hash(String key) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by the Java platform", e);
        }
    }

    /** What may be shown and logged: the kind prefix and the first few random characters. */
    public static String displayPrefix(String key) {
        int end = Math.min(
                key.length(), KeyKind.ofKey(key).map(k -> k.prefix().length()).orElse(0) + DISPLAY_CHARS);
        return key.substring(0, end);
    }

    /** Constant-time comparison of two keys, through their hashes so lengths leak nothing either. */
    public static boolean sameKey(String presented, byte[] expectedHash) {
        return MessageDigest.isEqual(hash(presented), expectedHash);
    }
}
