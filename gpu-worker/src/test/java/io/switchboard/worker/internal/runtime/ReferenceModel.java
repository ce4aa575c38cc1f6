package io.switchboard.worker.internal.runtime;

import io.switchboard.worker.internal.checkpoint.CheckpointWeights;
import io.switchboard.worker.internal.checkpoint.ModelConfig;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A deliberately naive plain-Java forward pass (no DJL, no cache, no batching), written from the Hugging Face
 * modeling code's math, to check the runtime against: every step recomputes the whole sequence.
 */
final class ReferenceModel {

    private final ModelConfig c;
    private final Tensors w;

    /** Tensors by name, converted once. */
    private record Tensors(CheckpointWeights files, java.util.Map<String, float[]> cache) {
        float[] floats(String name) {
            return cache.computeIfAbsent(name, files::floats);
        }
    }

    ReferenceModel(Path dir, CheckpointWeights weights) {
        this.c = ModelConfig.read(dir);
        this.w = new Tensors(weights, new java.util.HashMap<>());
    }

    List<Long> greedy(long[] prompt, int steps) {
        List<Long> seq = new ArrayList<>();
        for (long t : prompt) {
            seq.add(t);
        }
        List<Long> out = new ArrayList<>();
        for (int s = 0; s < steps; s++) {
            float[] logits = lastLogits(seq.stream().mapToLong(Long::longValue).toArray());
            long next = argmax(logits);
            out.add(next);
            seq.add(next);
        }
        return out;
    }

    static long argmax(float[] v) {
        int best = 0;
        for (int i = 1; i < v.length; i++) {
            if (v[i] > v[best]) {
                best = i;
            }
        }
        return best;
    }

    float[] lastLogits(long[] tokens) {
        int n = tokens.length;
        int h = c.hiddenSize();
        float[] emb = w.floats("model.embed_tokens.weight");
        float[][] x = new float[n][];
        for (int t = 0; t < n; t++) {
            x[t] = new float[h];
            System.arraycopy(emb, (int) tokens[t] * h, x[t], 0, h);
        }
        for (int l = 0; l < c.numLayers(); l++) {
            x = layer(l, x);
        }
        float[] last = rmsNorm(x[n - 1], w.floats("model.norm.weight"));
        return matVec(w.floats("lm_head.weight"), last, c.vocabSize());
    }

    private float[][] layer(int l, float[][] x) {
        String p = "model.layers." + l + ".";
        int n = x.length;
        int d = c.headDim();
        float[][] q = new float[n][];
        float[][] k = new float[n][];
        float[][] v = new float[n][];
        for (int t = 0; t < n; t++) {
            float[] hn = rmsNorm(x[t], w.floats(p + "input_layernorm.weight"));
            q[t] = rotate(matVec(w.floats(p + "self_attn.q_proj.weight"), hn, c.numHeads() * d), t, c.numHeads());
            k[t] = rotate(matVec(w.floats(p + "self_attn.k_proj.weight"), hn, c.numKvHeads() * d), t, c.numKvHeads());
            v[t] = matVec(w.floats(p + "self_attn.v_proj.weight"), hn, c.numKvHeads() * d);
        }
        float[][] out = new float[n][];
        for (int t = 0; t < n; t++) {
            float[] attn = new float[c.numHeads() * d];
            for (int head = 0; head < c.numHeads(); head++) {
                attendHead(q, k, v, t, head, attn);
            }
            float[] o = matVec(w.floats(p + "self_attn.o_proj.weight"), attn, c.hiddenSize());
            float[] r = add(x[t], o);
            float[] hn = rmsNorm(r, w.floats(p + "post_attention_layernorm.weight"));
            out[t] = add(
                    r, c.isMoe() ? moe(p, hn) : ffn(p + "mlp.gate_proj", p + "mlp.up_proj", p + "mlp.down_proj", hn));
        }
        return out;
    }

    private void attendHead(float[][] q, float[][] k, float[][] v, int t, int head, float[] attn) {
        int d = c.headDim();
        int kvHead = head / (c.numHeads() / c.numKvHeads());
        float scale = (float) (1.0 / Math.sqrt(d));
        float[] scores = new float[t + 1];
        float max = Float.NEGATIVE_INFINITY;
        for (int s = 0; s <= t; s++) {
            boolean inWindow = c.slidingWindow() == null || t - s < c.slidingWindow();
            float dot = 0;
            for (int i = 0; i < d; i++) {
                dot += q[t][head * d + i] * k[s][kvHead * d + i];
            }
            scores[s] = inWindow ? dot * scale : Float.NEGATIVE_INFINITY;
            max = Math.max(max, scores[s]);
        }
        float sum = 0;
        for (int s = 0; s <= t; s++) {
            scores[s] = (float) Math.exp(scores[s] - max);
            sum += scores[s];
        }
        for (int s = 0; s <= t; s++) {
            for (int i = 0; i < d; i++) {
                attn[head * d + i] += scores[s] / sum * v[s][kvHead * d + i];
            }
        }
    }

    private float[] moe(String p, float[] hn) {
        int experts = c.numLocalExperts();
        float[] logits = matVec(w.floats(p + "block_sparse_moe.gate.weight"), hn, experts);
        float max = Float.NEGATIVE_INFINITY;
        for (float f : logits) {
            max = Math.max(max, f);
        }
        float[] prob = new float[experts];
        float total = 0;
        for (int e = 0; e < experts; e++) {
            prob[e] = (float) Math.exp(logits[e] - max);
            total += prob[e];
        }
        Integer[] order = new Integer[experts];
        for (int e = 0; e < experts; e++) {
            order[e] = e;
            prob[e] /= total;
        }
        java.util.Arrays.sort(order, (a, b) -> Float.compare(prob[b], prob[a]));
        float chosen = 0;
        for (int j = 0; j < c.numExpertsPerTok(); j++) {
            chosen += prob[order[j]];
        }
        float[] out = new float[hn.length];
        for (int j = 0; j < c.numExpertsPerTok(); j++) {
            String e = p + "block_sparse_moe.experts." + order[j] + ".";
            float[] y = ffn(e + "w1", e + "w3", e + "w2", hn);
            float weight = prob[order[j]] / chosen;
            for (int i = 0; i < out.length; i++) {
                out[i] += weight * y[i];
            }
        }
        return out;
    }

    private float[] ffn(String gateName, String upName, String downName, float[] x) {
        int inter = c.intermediateSize();
        float[] gate = matVec(w.floats(gateName + ".weight"), x, inter);
        float[] up = matVec(w.floats(upName + ".weight"), x, inter);
        float[] act = new float[inter];
        for (int i = 0; i < inter; i++) {
            float silu = (float) (gate[i] / (1 + Math.exp(-gate[i])));
            act[i] = silu * up[i];
        }
        return matVec(w.floats(downName + ".weight"), act, c.hiddenSize());
    }

    /** HF rotate_half: out = x·cos + (-x2, x1)·sin, per head, with theta^(2i/d) frequencies. */
    private float[] rotate(float[] x, int position, int heads) {
        int d = c.headDim();
        int half = d / 2;
        float[] out = new float[x.length];
        for (int head = 0; head < heads; head++) {
            for (int i = 0; i < half; i++) {
                float invFreq = (float) (1.0 / Math.pow(c.ropeTheta(), (2.0 * i) / d));
                double angle = position * (double) invFreq;
                float cos = (float) Math.cos(angle);
                float sin = (float) Math.sin(angle);
                float a = x[head * d + i];
                float b = x[head * d + i + half];
                out[head * d + i] = a * cos - b * sin;
                out[head * d + i + half] = b * cos + a * sin;
            }
        }
        return out;
    }

    private float[] rmsNorm(float[] x, float[] weight) {
        double sq = 0;
        for (float f : x) {
            sq += f * f;
        }
        float inv = (float) (1.0 / Math.sqrt(sq / x.length + c.rmsNormEps()));
        float[] out = new float[x.length];
        for (int i = 0; i < x.length; i++) {
            out[i] = weight[i] * (x[i] * inv);
        }
        return out;
    }

    private static float[] matVec(float[] m, float[] x, int rows) {
        int cols = x.length;
        float[] y = new float[rows];
        for (int r = 0; r < rows; r++) {
            double acc = 0;
            for (int i = 0; i < cols; i++) {
                acc += m[r * cols + i] * x[i];
            }
            y[r] = (float) acc;
        }
        return y;
    }

    private static float[] add(float[] a, float[] b) {
        float[] out = new float[a.length];
        for (int i = 0; i < a.length; i++) {
            out[i] = a[i] + b[i];
        }
        return out;
    }
}
