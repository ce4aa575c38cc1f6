package io.switchboard.domains.core.intent.internal;

import java.util.Arrays;
import java.util.Map;

/**
 * The fitted vocabulary as an open-addressing table that finds a gram's id from the chars of a buffer, so that a
 * sentence's few hundred grams are looked up without a string each. A slot's hash, id and key position are
 * neighbours in one int array and the keys' chars are packed in one char array: a lookup reads two places where a
 * map of strings read several (table, entry, key, its bytes, the boxed id). Immutable once built; safe to share.
 */
final class GramTable {

    private static final int EMPTY = -1;
    private static final int HASH = 0;
    private static final int ID = 1;
    private static final int START = 2;
    private static final int LENGTH = 3;
    private static final int WIDTH = 4;

    private final int[] slots;
    private final char[] chars;
    private final int mask;
    private final int shift;

    GramTable(Map<String, Integer> index) {
        int capacity = Integer.highestOneBit(Math.max(4, index.size() * 2 - 1)) << 1;
        this.slots = new int[capacity * WIDTH];
        this.chars = new char[index.keySet().stream().mapToInt(String::length).sum()];
        this.mask = capacity - 1;
        this.shift = Integer.numberOfLeadingZeros(mask);
        for (int slot = 0; slot < capacity; slot++) {
            slots[slot * WIDTH + ID] = EMPTY;
        }
        int end = 0;
        for (Map.Entry<String, Integer> entry : index.entrySet()) {
            String gram = entry.getKey();
            int hash = hash(gram.toCharArray(), gram.length());
            int slot = slot(hash);
            while (slots[slot * WIDTH + ID] != EMPTY) {
                slot = (slot + 1) & mask;
            }
            int at = slot * WIDTH;
            slots[at + HASH] = hash;
            slots[at + ID] = entry.getValue();
            slots[at + START] = end;
            slots[at + LENGTH] = gram.length();
            gram.getChars(0, gram.length(), chars, end);
            end += gram.length();
        }
    }

    /** The id of the gram in the first {@code length} chars of {@code gram}, or -1 when it is not in the table. */
    int id(char[] gram, int length) {
        int hash = hash(gram, length);
        for (int slot = slot(hash); ; slot = (slot + 1) & mask) {
            int at = slot * WIDTH;
            int id = slots[at + ID];
            if (id == EMPTY) {
                return EMPTY;
            }
            if (slots[at + HASH] == hash && slots[at + LENGTH] == length) {
                int start = slots[at + START];
                if (Arrays.equals(chars, start, start + length, gram, 0, length)) {
                    return id;
                }
            }
        }
    }

    /**
     * The slot from the hash's high bits after a Fibonacci multiply: grams that differ in their last char have
     * neighbouring hashes, which the low bits would lay out in long runs that linear probing then walks.
     */
    private int slot(int hash) {
        return (hash * 0x9E3779B9) >>> shift;
    }

    private static int hash(char[] chars, int length) {
        int hash = 0;
        for (int i = 0; i < length; i++) {
            hash = 31 * hash + chars[i];
        }
        return hash;
    }
}
