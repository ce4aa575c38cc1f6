package io.switchboard.worker.internal.runtime;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import java.util.List;

/**
 * Chunks of equal length that attend together: their query rows, their cache slots, how many leading ring cells
 * hold keys ({@code span}), and the additive mask of shape [chunks, 1, length, 1, span] that broadcasts over KV
 * heads and the query heads sharing them.
 */
record AttentionGroup(int rowStart, int rows, int length, int span, NDArray slots, NDArray mask) {

    /** The group before upload: plain arrays. */
    record Host(int rowStart, int length, int span, long[] slots, float[] mask) {

        /** Built after the step's cells are claimed, so {@code span} covers the chunk's own keys. */
        static Host of(List<Chunk> chunks, int rowStart, KvCache cache) {
            int length = chunks.getFirst().length();
            int span = 1;
            for (Chunk c : chunks) {
                span = Math.max(span, cache.span(c.slot()));
            }
            long[] slots = new long[chunks.size()];
            float[] mask = new float[chunks.size() * length * span];
            for (int b = 0; b < chunks.size(); b++) {
                Chunk c = chunks.get(b);
                slots[b] = c.slot();
                for (int i = 0; i < length; i++) {
                    cache.maskRow(c.slot(), c.start() + i, mask, (b * length + i) * span, span);
                }
            }
            return new Host(rowStart, length, span, slots, mask);
        }

        AttentionGroup upload(NDManager manager) {
            NDArray maskArray = manager.create(mask, new Shape(slots.length, 1, length, 1, span));
            return new AttentionGroup(rowStart, slots.length * length, length, span, manager.create(slots), maskArray);
        }
    }
}
