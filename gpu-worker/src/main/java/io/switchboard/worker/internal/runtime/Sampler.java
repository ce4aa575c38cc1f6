package io.switchboard.worker.internal.runtime;

import java.util.Arrays;
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
        int n = logits.length;
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Float.compare(logits[b], logits[a]));
        int keep = p.topK() > 0 ? Math.min(p.topK(), n) : n;
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
