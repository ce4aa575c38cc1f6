package io.switchboard.domains.core.intent.internal;

import java.util.Map;

/**
 * The fitted vocabulary as an open-addressing table that finds a gram's id from the chars of a buffer, so that a
 * sentence's few hundred grams are looked up without a string each. Immutable once built; safe to share.
 */
final class GramTable {

    private final String[] keys;
    private final int[] ids;
    private final int mask;

    GramTable(Map<String, Integer> index) {
        int capacity = Integer.highestOneBit(Math.max(4, index.size() * 2 - 1)) << 1;
        this.keys = new String[capacity];
        this.ids = new int[capacity];
        this.mask = capacity - 1;
        index.forEach((gram, id) -> {
            int slot = spread(gram.hashCode()) & mask;
            while (keys[slot] != null) {
                slot = (slot + 1) & mask;
            }
            keys[slot] = gram;
            ids[slot] = id;
        });
    }

    /** The id of the gram in the first {@code length} chars of {@code chars}, or -1 when it is not in the table. */
    int id(char[] chars, int length) {
        int hash = 0;
        for (int i = 0; i < length; i++) {
            hash = 31 * hash + chars[i]; // String.hashCode's, so the keys' cached hashes place them
        }
        for (int slot = spread(hash) & mask; ; slot = (slot + 1) & mask) {
            String key = keys[slot];
            if (key == null) {
                return -1;
            }
            if (key.hashCode() == hash && same(key, chars, length)) {
                return ids[slot];
            }
        }
    }

    private static boolean same(String key, char[] chars, int length) {
        if (key.length() != length) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            if (key.charAt(i) != chars[i]) {
                return false;
            }
        }
        return true;
    }

    private static int spread(int hash) {
        return hash ^ (hash >>> 16);
    }
}
