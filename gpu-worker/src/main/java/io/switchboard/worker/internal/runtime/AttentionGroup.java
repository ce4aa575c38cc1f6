package io.switchboard.worker.internal.runtime;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import java.util.List;

/**
 * Chunks of equal length that attend together: their query rows, their cache slots and the additive mask of shape
 * [chunks, 1, length, 1, capacity] that broadcasts over KV heads and the query heads sharing them.
 */
record AttentionGroup(int rowStart, int rows, int length, NDArray slots, NDArray mask) {

    /** The group before upload: plain arrays. */
    record Host(int rowStart, int length, long[] slots, float[] mask) {

        static Host of(List<Chunk> chunks, int rowStart, KvCache cache) {
            int length = chunks.getFirst().length();
            int capacity = cache.capacity();
            long[] slots = new long[chunks.size()];
            float[] mask = new float[chunks.size() * length * capacity];
            for (int b = 0; b < chunks.size(); b++) {
                Chunk c = chunks.get(b);
                slots[b] = c.slot();
                for (int i = 0; i < length; i++) {
                    cache.maskRow(c.slot(), c.start() + i, mask, (b * length + i) * capacity);
                }
            }
            return new Host(rowStart, length, slots, mask);
        }

        AttentionGroup upload(NDManager manager, int capacity) {
            NDArray maskArray = manager.create(mask, new Shape(slots.length, 1, length, 1, capacity));
            return new AttentionGroup(rowStart, slots.length * length, length, manager.create(slots), maskArray);
        }
    }
}
