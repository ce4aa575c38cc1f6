package io.switchboard.worker.internal.checkpoint;

import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The shapes {@code make-model} can write: a few-MB model for tests and a ~70M-parameter MoE for benchmarks. */
public enum ModelPreset {
    TINY("MixtralForCausalLM", 512, 64, 128, 2, 4, 2, 16, 4, 2, 16, 0.08f),
    TINY_MISTRAL("MistralForCausalLM", 512, 64, 128, 2, 4, 2, 16, 0, 0, 16, 0.08f),
    TINY_LLAMA("LlamaForCausalLM", 512, 64, 128, 2, 4, 2, 16, 0, 0, null, 0.08f),
    SMALL("MixtralForCausalLM", 16384, 512, 768, 8, 8, 2, 64, 4, 2, 1024, 0.02f);

    final String architecture;
    final int vocab;
    final int hidden;
    final int intermediate;
    final int layers;
    final int heads;
    final int kvHeads;
    final int headDim;
    final int experts;
    final int expertsPerToken;
    final @Nullable Integer slidingWindow;
    final float initStd;

    ModelPreset(
            String architecture,
            int vocab,
            int hidden,
            int intermediate,
            int layers,
            int heads,
            int kvHeads,
            int headDim,
            int experts,
            int expertsPerToken,
            @Nullable Integer slidingWindow,
            float initStd) {
        this.architecture = architecture;
        this.vocab = vocab;
        this.hidden = hidden;
        this.intermediate = intermediate;
        this.layers = layers;
        this.heads = heads;
        this.kvHeads = kvHeads;
        this.headDim = headDim;
        this.experts = experts;
        this.expertsPerToken = expertsPerToken;
        this.slidingWindow = slidingWindow;
        this.initStd = initStd;
    }

    public static ModelPreset parse(String name) {
        for (ModelPreset p : values()) {
            if (p.cliName().equals(name)) {
                return p;
            }
        }
        List<String> names = Arrays.stream(values()).map(ModelPreset::cliName).toList();
        throw new IllegalArgumentException("unknown preset " + name + "; one of " + names);
    }

    public String cliName() {
        return name().toLowerCase().replace('_', '-');
    }
}
