package io.switchboard.worker.internal.runtime;

import java.util.ArrayList;
import java.util.List;

/** Drives the runtime directly (no scheduler): all prompts at once, chunked prefill, then greedy decoding. */
final class Generation {

    private Generation() {}

    static List<List<Long>> greedy(ModelRuntime runtime, List<long[]> prompts, int steps) {
        return greedy(runtime, prompts, steps, new ArrayList<>());
    }

    /** Greedy continuations; {@code promptLogits} receives each prompt's next-token logits. */
    static List<List<Long>> greedy(ModelRuntime runtime, List<long[]> prompts, int steps, List<float[]> promptLogits) {
        int n = prompts.size();
        int chunkSize = 0;
        int[] fed = new int[n];
        List<List<Long>> out = new ArrayList<>();
        float[][] first = new float[n][];
        for (int s = 0; s < n; s++) {
            out.add(new ArrayList<>());
        }
        chunkSize = runtime.prefillChunk();
        while (out.stream().anyMatch(o -> o.size() < steps)) {
            List<Chunk> chunks = new ArrayList<>();
            List<Integer> who = new ArrayList<>();
            for (int s = 0; s < n; s++) {
                long[] p = prompts.get(s);
                if (fed[s] < p.length) {
                    int len = Math.min(chunkSize, p.length - fed[s]);
                    long[] tokens = java.util.Arrays.copyOfRange(p, fed[s], fed[s] + len);
                    boolean last = fed[s] + len == p.length;
                    chunks.add(new Chunk(s, tokens, fed[s], last));
                    fed[s] += len;
                    if (last) {
                        who.add(s);
                    }
                } else if (out.get(s).size() < steps) {
                    List<Long> o = out.get(s);
                    chunks.add(new Chunk(s, new long[] {o.getLast()}, p.length + o.size() - 1, true));
                    who.add(s);
                }
            }
            float[][] logits = runtime.forward(chunks);
            for (int i = 0; i < who.size(); i++) {
                int s = who.get(i);
                if (first[s] == null) {
                    first[s] = logits[i];
                }
                if (out.get(s).size() < steps) {
                    out.get(s).add(ReferenceModel.argmax(logits[i]));
                }
            }
        }
        for (int s = 0; s < n; s++) {
            runtime.release(s);
            promptLogits.add(first[s]);
        }
        return out;
    }
}
