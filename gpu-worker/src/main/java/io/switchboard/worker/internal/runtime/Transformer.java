package io.switchboard.worker.internal.runtime;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.NDScope;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Activation;
import io.switchboard.worker.internal.checkpoint.ModelConfig;
import java.util.ArrayList;
import java.util.List;

/**
 * The decoder forward pass over one step's chunks, as Hugging Face's Mixtral, Mistral and Llama compute it. All
 * tokens of the step share every projection and expert product; attention runs once for all single-token
 * (decode) chunks together and once per prompt chunk, each against its sequence's cache ring. Every array the step
 * creates lives in an {@link NDScope} closed at the end of the step.
 */
final class Transformer {

    private final ModelConfig config;
    private final ModelWeights weights;
    private final KvCache cache;
    private final NDManager manager;
    private final NDArray cosTable;
    private final NDArray sinTable;
    private final float scaling;

    Transformer(ModelConfig config, ModelWeights weights, KvCache cache, NDManager manager) {
        this.config = config;
        this.weights = weights;
        this.cache = cache;
        this.manager = manager;
        int positions = config.maxPositionEmbeddings();
        float[][] cs = RotaryTable.cosSin(positions, config.headDim(), config.ropeTheta());
        this.cosTable = manager.create(cs[0], new Shape(positions, config.headDim()));
        this.sinTable = manager.create(cs[1], new Shape(positions, config.headDim()));
        this.scaling = (float) Math.pow(config.headDim(), -0.5);
    }

    /** Runs one step; returns the next-token logits of each chunk that wants them, in the order given. */
    float[][] forward(List<Chunk> chunks) {
        StepPlan plan = StepPlan.of(chunks, cache);
        try (NDScope scope = new NDScope()) {
            scope.suppressNotUsedWarning();
            NDArray positions = manager.create(plan.positions());
            NDArray cos = cosTable.get(positions).expandDims(1);
            NDArray sin = sinTable.get(positions).expandDims(1);
            NDArray rows = manager.create(plan.cacheRows());
            List<AttentionGroup> groups =
                    plan.groups().stream().map(g -> g.upload(manager)).toList();
            NDArray x = weights.embedding().lookup(manager.create(plan.ids()));
            for (int l = 0; l < weights.layers().size(); l++) {
                x = layer(l, x, cos, sin, rows, groups);
            }
            return logits(x, plan);
        }
    }

    private NDArray layer(int l, NDArray x, NDArray cos, NDArray sin, NDArray rows, List<AttentionGroup> groups) {
        Layer w = weights.layers().get(l);
        long t = x.getShape().get(0);
        NDArray h = rmsNorm(x, w.inputNorm());
        NDArray q = rope(w.q().apply(h).reshape(t, config.numHeads(), config.headDim()), cos, sin);
        NDArray k = rope(w.k().apply(h).reshape(t, config.numKvHeads(), config.headDim()), cos, sin);
        NDArray v = w.v().apply(h).reshape(t, config.numKvHeads(), config.headDim());
        cache.keys(l).set(new NDIndex("{}", rows), k);
        cache.values(l).set(new NDIndex("{}", rows), v);
        NDList outputs = new NDList();
        for (AttentionGroup g : groups) {
            outputs.add(attend(l, q.get(g.rowStart() + ":" + (g.rowStart() + g.rows())), g));
        }
        NDArray attention = outputs.size() == 1 ? outputs.get(0) : NDArrays.concat(outputs, 0);
        x = x.add(w.o().apply(attention));
        NDArray h2 = rmsNorm(x, w.postNorm());
        return x.add(w.denseMlp() != null ? swiglu(w.denseMlp(), h2) : moe(w, h2));
    }

    private NDArray attend(int l, NDArray q, AttentionGroup g) {
        long b = g.slots().getShape().get(0);
        int t = g.length();
        int kv = config.numKvHeads();
        int group = config.groupSize();
        int d = config.headDim();
        int c = g.span();
        NDIndex cells = new NDIndex().addAllDim().addSliceDim(0, c);
        NDArray qg = q.reshape(b, t, kv, group, d).transpose(0, 2, 1, 3, 4).reshape(b, kv, (long) t * group, d);
        NDArray keys = cache.keys(l)
                .reshape(cache.slots(), cache.capacity(), kv, d)
                .get(cells)
                .get(g.slots())
                .transpose(0, 2, 3, 1);
        NDArray values = cache.values(l)
                .reshape(cache.slots(), cache.capacity(), kv, d)
                .get(cells)
                .get(g.slots())
                .transpose(0, 2, 1, 3);
        NDArray probs = qg.matMul(keys)
                .mul(scaling)
                .reshape(b, kv, t, group, c)
                .add(g.mask())
                .softmax(-1)
                .reshape(b, kv, (long) t * group, c);
        return probs.matMul(values)
                .reshape(b, kv, t, group, d)
                .transpose(0, 2, 1, 3, 4)
                .reshape(b * t, (long) config.numHeads() * d);
    }

    private NDArray moe(Layer w, NDArray h) {
        int tokens = (int) h.getShape().get(0);
        float[] probs = w.router().apply(h).softmax(1).toFloatArray();
        Routing routing = Routing.topK(probs, tokens, config.numLocalExperts(), config.numExpertsPerTok());
        NDList outputs = new NDList();
        for (int e = 0; e < config.numLocalExperts(); e++) {
            long[] idx = routing.tokensOf(e);
            if (idx.length == 0) {
                continue;
            }
            NDArray xe = h.get(manager.create(idx));
            NDArray scale = manager.create(routing.weightsOf(e), new Shape(idx.length, 1));
            outputs.add(swiglu(w.experts().get(e), xe).mul(scale));
        }
        NDArray all = outputs.size() == 1 ? outputs.get(0) : NDArrays.concat(outputs, 0);
        return all.get(manager.create(routing.rowOrder()))
                .reshape(tokens, config.numExpertsPerTok(), config.hiddenSize())
                .sum(new int[] {1});
    }

    private static NDArray swiglu(Layer.Expert e, NDArray x) {
        NDArray gate = e.w1().apply(x);
        return e.w2().apply(Activation.sigmoid(gate).mul(gate).mul(e.w3().apply(x)));
    }

    private NDArray rmsNorm(NDArray x, NDArray weight) {
        NDArray variance = x.pow(2).mean(new int[] {-1}, true);
        return x.div(variance.add((float) config.rmsNormEps()).sqrt()).mul(weight);
    }

    private NDArray rope(NDArray x, NDArray cos, NDArray sin) {
        int half = config.headDim() / 2;
        NDArray x1 = x.get(":, :, :" + half);
        NDArray x2 = x.get(":, :, " + half + ":");
        return x.mul(cos).add(x2.neg().concat(x1, 2).mul(sin));
    }

    private float[][] logits(NDArray x, StepPlan plan) {
        long[] rows = plan.logitRows();
        if (rows.length == 0) {
            return new float[0][];
        }
        NDArray last = rmsNorm(x.get(manager.create(rows)), weights.finalNorm());
        float[] flat = weights.lmHead().apply(last).toFloatArray();
        int vocab = config.vocabSize();
        float[][] out = new float[rows.length][];
        for (int i = 0; i < rows.length; i++) {
            out[i] = java.util.Arrays.copyOfRange(flat, i * vocab, (i + 1) * vocab);
        }
        return out;
    }

    static List<Chunk> decodeFirst(List<Chunk> chunks) {
        List<Chunk> ordered = new ArrayList<>();
        chunks.stream().filter(c -> c.length() == 1).forEach(ordered::add);
        chunks.stream().filter(c -> c.length() > 1).forEach(ordered::add);
        return ordered;
    }
}
