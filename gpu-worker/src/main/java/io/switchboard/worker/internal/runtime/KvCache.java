package io.switchboard.worker.internal.runtime;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import java.util.Arrays;

/**
 * Keys and values of every running sequence: one ring of {@code capacity} positions per slot and layer, kept in one
 * preallocated tensor per layer of shape [slots·capacity, kvHeads, headDim]. Which position each ring cell holds is
 * tracked on the Java side and becomes the attention mask, so stale cells of a previous occupant are never seen.
 */
final class KvCache {

    private final NDArray[] keys;
    private final NDArray[] values;
    private final int slots;
    private final int capacity;
    private final AttentionWindow window;
    private final int[][] positions;
    private final int[] used;
    private final int[] span;

    KvCache(NDManager manager, int layers, int slots, int capacity, int kvHeads, int headDim, AttentionWindow window) {
        this.slots = slots;
        this.capacity = capacity;
        this.window = window;
        this.keys = new NDArray[layers];
        this.values = new NDArray[layers];
        for (int l = 0; l < layers; l++) {
            keys[l] = manager.zeros(new Shape((long) slots * capacity, kvHeads, headDim));
            values[l] = manager.zeros(new Shape((long) slots * capacity, kvHeads, headDim));
        }
        this.positions = new int[slots][capacity];
        this.used = new int[slots];
        this.span = new int[slots];
        for (int[] row : positions) {
            Arrays.fill(row, -1);
        }
    }

    static long bytesPerSlot(int layers, int capacity, int kvHeads, int headDim) {
        return 2L * layers * capacity * kvHeads * headDim * Float.BYTES;
    }

    int slots() {
        return slots;
    }

    int capacity() {
        return capacity;
    }

    AttentionWindow window() {
        return window;
    }

    NDArray keys(int layer) {
        return keys[layer];
    }

    NDArray values(int layer) {
        return values[layer];
    }

    /** Records that {@code position} of the sequence in {@code slot} is written; returns its flat row index. */
    long claim(int slot, int position) {
        int cell = window.slot(position, capacity);
        if (positions[slot][cell] < 0) {
            used[slot]++;
        }
        positions[slot][cell] = position;
        span[slot] = Math.max(span[slot], cell + 1);
        return (long) slot * capacity + cell;
    }

    /** How many leading cells of the slot's ring have ever been written: attention needs look no further. */
    int span(int slot) {
        return span[slot];
    }

    /**
     * The additive mask row over the first {@code width} cells for a query at {@code query} in {@code slot}: 0 where
     * visible, -inf elsewhere.
     */
    void maskRow(int slot, int query, float[] out, int offset, int width) {
        int[] row = positions[slot];
        for (int c = 0; c < width; c++) {
            int key = row[c];
            out[offset + c] = key >= 0 && window.visible(query, key) ? 0f : Float.NEGATIVE_INFINITY;
        }
    }

    void release(int slot) {
        Arrays.fill(positions[slot], -1);
        used[slot] = 0;
        span[slot] = 0;
    }

    /** Cells holding a position, over all cells, in [0, 1]. */
    double usage() {
        long total = 0;
        for (int u : used) {
            total += u;
        }
        return (double) total / ((long) slots * capacity);
    }

    long bytes() {
        long b = 0;
        for (int l = 0; l < keys.length; l++) {
            b += (keys[l].size() + values[l].size()) * Float.BYTES;
        }
        return b;
    }
}
