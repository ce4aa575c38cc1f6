package io.switchboard.worker.internal.runtime;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The host-side layout of one step: token rows with decode tokens first, their positions and cache rows, the
 * attention groups with their masks, and which rows give logits (in the caller's chunk order).
 */
record StepPlan(long[] ids, long[] positions, long[] cacheRows, List<AttentionGroup.Host> groups, long[] logitRows) {

    static StepPlan of(List<Chunk> chunks, KvCache cache) {
        List<Chunk> ordered = Transformer.decodeFirst(chunks);
        int total = ordered.stream().mapToInt(Chunk::length).sum();
        long[] ids = new long[total];
        long[] positions = new long[total];
        long[] rows = new long[total];
        Map<Chunk, Integer> lastRow = new IdentityHashMap<>();
        int r = 0;
        for (Chunk c : ordered) {
            for (int i = 0; i < c.length(); i++, r++) {
                ids[r] = c.tokens()[i];
                positions[r] = c.start() + i;
                rows[r] = cache.claim(c.slot(), c.start() + i);
            }
            lastRow.put(c, r - 1);
        }
        long[] logitRows = chunks.stream()
                .filter(Chunk::wantLogits)
                .mapToLong(c -> lastRow.get(c))
                .toArray();
        return new StepPlan(ids, positions, rows, groups(ordered, cache), logitRows);
    }

    private static List<AttentionGroup.Host> groups(List<Chunk> ordered, KvCache cache) {
        List<AttentionGroup.Host> groups = new ArrayList<>();
        List<Chunk> singles = ordered.stream().filter(c -> c.length() == 1).toList();
        int rowStart = 0;
        if (!singles.isEmpty()) {
            groups.add(AttentionGroup.Host.of(singles, rowStart, cache));
            rowStart += singles.size();
        }
        for (Chunk c : ordered.subList(singles.size(), ordered.size())) {
            groups.add(AttentionGroup.Host.of(List.of(c), rowStart, cache));
            rowStart += c.length();
        }
        return groups;
    }
}
