package io.switchboard.worker.internal.runtime;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import io.switchboard.worker.internal.checkpoint.CheckpointWeights;
import io.switchboard.worker.internal.checkpoint.ModelConfig;
import java.util.ArrayList;
import java.util.List;

/** Every weight of the model on the engine's device, quantized or not, with the bytes they occupy. */
record ModelWeights(Embedding embedding, List<Layer> layers, NDArray finalNorm, Linear lmHead) {

    long bytes() {
        long b = embedding.bytes() + finalNorm.size() * 4 + lmHead.bytes();
        for (Layer l : layers) {
            b += l.bytes();
        }
        return b;
    }

    static ModelWeights load(NDManager manager, ModelConfig c, CheckpointWeights w, Quantization quant) {
        int h = c.hiddenSize();
        Embedding embedding =
                Embedding.of(manager, w.floats("model.embed_tokens.weight", c.vocabSize(), h), c.vocabSize(), h, quant);
        List<Layer> layers = new ArrayList<>();
        for (int l = 0; l < c.numLayers(); l++) {
            layers.add(layer(manager, c, w, quant, "model.layers." + l + "."));
        }
        NDArray finalNorm = vector(manager, w, "model.norm.weight", h);
        String head =
                c.tieWordEmbeddings() && !w.has("lm_head.weight") ? "model.embed_tokens.weight" : "lm_head.weight";
        Linear lmHead = linear(manager, w, head, c.vocabSize(), h, quant);
        return new ModelWeights(embedding, List.copyOf(layers), finalNorm, lmHead);
    }

    private static Layer layer(NDManager m, ModelConfig c, CheckpointWeights w, Quantization quant, String p) {
        int h = c.hiddenSize();
        int qDim = c.numHeads() * c.headDim();
        int kvDim = c.numKvHeads() * c.headDim();
        int i = c.intermediateSize();
        String a = p + "self_attn.";
        Linear router = null;
        List<Layer.Expert> experts = new ArrayList<>();
        Layer.Expert dense = null;
        if (c.isMoe()) {
            String moe = p + "block_sparse_moe.";
            router = linear(m, w, moe + "gate.weight", c.numLocalExperts(), h, Quantization.NONE);
            for (int e = 0; e < c.numLocalExperts(); e++) {
                String x = moe + "experts." + e + ".";
                experts.add(new Layer.Expert(
                        linear(m, w, x + "w1.weight", i, h, quant),
                        linear(m, w, x + "w2.weight", h, i, quant),
                        linear(m, w, x + "w3.weight", i, h, quant)));
            }
        } else {
            dense = new Layer.Expert(
                    linear(m, w, p + "mlp.gate_proj.weight", i, h, quant),
                    linear(m, w, p + "mlp.down_proj.weight", h, i, quant),
                    linear(m, w, p + "mlp.up_proj.weight", i, h, quant));
        }
        return new Layer(
                vector(m, w, p + "input_layernorm.weight", h),
                linear(m, w, a + "q_proj.weight", qDim, h, quant),
                linear(m, w, a + "k_proj.weight", kvDim, h, quant),
                linear(m, w, a + "v_proj.weight", kvDim, h, quant),
                linear(m, w, a + "o_proj.weight", h, qDim, quant),
                vector(m, w, p + "post_attention_layernorm.weight", h),
                router,
                List.copyOf(experts),
                dense);
    }

    private static Linear linear(NDManager m, CheckpointWeights w, String name, int out, int in, Quantization q) {
        return Linear.of(m, w.floats(name, out, in), out, in, q);
    }

    private static NDArray vector(NDManager m, CheckpointWeights w, String name, int size) {
        return m.create(w.floats(name, size), new Shape(size));
    }
}
