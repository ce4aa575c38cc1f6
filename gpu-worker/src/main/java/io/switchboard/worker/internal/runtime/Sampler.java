package io.switchboard.worker.internal.runtime;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SplittableRandom;

/** Chooses a token from logits: argmax, or temperature, top-k and top-p sampling; and computes log-probabilities. */
final class Sampler {

    private Sampler() {}

    static int sample(float[] logits, SamplingParams p, SplittableRandom random) {
        if (p.temperature() <= 0) {
            return argmax(logits);
        }
        int[] order = candidates(logits, p.topK());
        int keep = order.length;
        double max = logits[order[0]] / p.temperature();
        double[] probs = new double[keep];
        double sum = 0;
        for (int i = 0; i < keep; i++) {
            probs[i] = Math.exp(logits[order[i]] / p.temperature() - max);
            sum += probs[i];
        }
        double cumulative = 0;
        int cut = keep;
        for (int i = 0; i < keep; i++) {
            cumulative += probs[i] / sum;
            if (cumulative >= p.topP()) {
                cut = i + 1;
                break;
            }
        }
        double kept = 0;
        for (int i = 0; i < cut; i++) {
            kept += probs[i];
        }
        double r = random.nextDouble() * kept;
        for (int i = 0; i < cut; i++) {
            r -= probs[i];
            if (r <= 0) {
                return order[i];
            }
        }
        return order[cut - 1];
    }

    /**
     * Token ids by descending logit: the top {@code k} (all when k is 0). Sorting packs each logit's order-preserving
     * bits with its id into a {@code long}, so a primitive sort does the work without boxing.
     */
    static int[] candidates(float[] logits, int k) {
        int n = logits.length;
        long[] keyed = new long[n];
        for (int i = 0; i < n; i++) {
            int bits = Float.floatToIntBits(logits[i]);
            int sortable = bits >= 0 ? bits : bits ^ 0x7FFFFFFF;
            keyed[i] = ((long) ~sortable << 32) | i;
        }
        int keep = k > 0 ? Math.min(k, n) : n;
        if (keep < n / 8) {
            keyed = smallest(keyed, keep);
        }
        java.util.Arrays.sort(keyed);
        int[] order = new int[keep];
        for (int i = 0; i < keep; i++) {
            order[i] = (int) keyed[i];
        }
        return order;
    }

    /** The {@code k} smallest keys, unordered, by a bounded max-heap pass. */
    private static long[] smallest(long[] keys, int k) {
        java.util.PriorityQueue<Long> heap = new java.util.PriorityQueue<>(k, java.util.Comparator.reverseOrder());
        for (long key : keys) {
            if (heap.size() < k) {
                heap.add(key);
            } else if (key < heap.peek()) {
                heap.poll();
                heap.add(key);
            }
        }
        long[] out = new long[heap.size()];
        int i = 0;
        for (long key : heap) {
            out[i++] = key;
        }
        return out;
    }

    static int argmax(float[] v) {
        int best = 0;
        for (int i = 1; i < v.length; i++) {
            if (v[i] > v[best]) {
                best = i;
            }
        }
        return best;
    }

    /** log softmax of the raw logits at {@code token}, and the {@code top} most likely tokens' log-probabilities. */
    static double logprob(float[] logits, int token) {
        return logits[token] - logSumExp(logits);
    }

    static Map<Integer, Double> top(float[] logits, int top) {
        double lse = logSumExp(logits);
        Map<Integer, Double> out = new LinkedHashMap<>();
        boolean[] taken = new boolean[logits.length];
        for (int j = 0; j < Math.min(top, logits.length); j++) {
            int best = -1;
            for (int i = 0; i < logits.length; i++) {
                if (!taken[i] && (best < 0 || logits[i] > logits[best])) {
                    best = i;
                }
            }
            taken[best] = true;
            out.put(best, logits[best] - lse);
        }
        return out;
    }

    private static double logSumExp(float[] logits) {
        float max = Float.NEGATIVE_INFINITY;
        for (float f : logits) {
            max = Math.max(max, f);
        }
        double sum = 0;
        for (float f : logits) {
            sum += Math.exp(f - max);
        }
        return max + Math.log(sum);
    }
}
