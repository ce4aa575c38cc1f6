package io.switchboard.worker.internal.runtime;

/**
 * The MoE router's decision for one step: each token's top-k experts by softmax probability, weights renormalized
 * to sum to one, and the tokens grouped by expert so every expert runs one batched product.
 */
final class Routing {

    private final long[][] tokensOf;
    private final float[][] weightsOf;
    private final long[] rowOrder;

    private Routing(long[][] tokensOf, float[][] weightsOf, long[] rowOrder) {
        this.tokensOf = tokensOf;
        this.weightsOf = weightsOf;
        this.rowOrder = rowOrder;
    }

    static Routing topK(float[] probs, int tokens, int experts, int k) {
        int[] chosen = new int[tokens * k];
        float[] weight = new float[tokens * k];
        int[] counts = new int[experts];
        for (int t = 0; t < tokens; t++) {
            boolean[] taken = new boolean[experts];
            float sum = 0;
            for (int j = 0; j < k; j++) {
                int best = -1;
                for (int e = 0; e < experts; e++) {
                    if (!taken[e] && (best < 0 || probs[t * experts + e] > probs[t * experts + best])) {
                        best = e;
                    }
                }
                taken[best] = true;
                chosen[t * k + j] = best;
                weight[t * k + j] = probs[t * experts + best];
                sum += weight[t * k + j];
                counts[best]++;
            }
            for (int j = 0; j < k; j++) {
                weight[t * k + j] /= sum;
            }
        }
        return group(chosen, weight, counts, tokens, k);
    }

    private static Routing group(int[] chosen, float[] weight, int[] counts, int tokens, int k) {
        int experts = counts.length;
        long[][] tokensOf = new long[experts][];
        float[][] weightsOf = new float[experts][];
        int[] base = new int[experts];
        for (int e = 0, row = 0; e < experts; e++) {
            tokensOf[e] = new long[counts[e]];
            weightsOf[e] = new float[counts[e]];
            base[e] = row;
            row += counts[e];
        }
        int[] fill = new int[experts];
        long[] rowOrder = new long[tokens * k];
        for (int t = 0; t < tokens; t++) {
            for (int j = 0; j < k; j++) {
                int e = chosen[t * k + j];
                int i = fill[e]++;
                tokensOf[e][i] = t;
                weightsOf[e][i] = weight[t * k + j];
                rowOrder[t * k + j] = base[e] + i;
            }
        }
        return new Routing(tokensOf, weightsOf, rowOrder);
    }

    long[] tokensOf(int expert) {
        return tokensOf[expert];
    }

    float[] weightsOf(int expert) {
        return weightsOf[expert];
    }

    /** For token t and choice j, the row of its expert output in the experts' concatenated outputs. */
    long[] rowOrder() {
        return rowOrder;
    }
}
