package io.switchboard.worker.internal.checkpoint;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The architecture hyper-parameters of a decoder-only checkpoint, read from a Hugging Face {@code config.json}.
 *
 * @param numLocalExperts 0 for a dense (Llama, Mistral) model
 * @param slidingWindow null when every position attends to the whole prefix
 */
public record ModelConfig(
        String architecture,
        int vocabSize,
        int hiddenSize,
        int intermediateSize,
        int numLayers,
        int numHeads,
        int numKvHeads,
        int headDim,
        double rmsNormEps,
        double ropeTheta,
        int maxPositionEmbeddings,
        @Nullable Integer slidingWindow,
        int numLocalExperts,
        int numExpertsPerTok,
        boolean tieWordEmbeddings,
        int bosTokenId,
        List<Integer> eosTokenIds) {

    static final Set<String> SUPPORTED = Set.of("MixtralForCausalLM", "MistralForCausalLM", "LlamaForCausalLM");

    public ModelConfig {
        if (!SUPPORTED.contains(architecture)) {
            throw new CheckpointException("unsupported architecture " + architecture + "; supported: " + SUPPORTED);
        }
        if (numHeads % numKvHeads != 0) {
            throw new CheckpointException("num_attention_heads must be a multiple of num_key_value_heads");
        }
        eosTokenIds = List.copyOf(eosTokenIds);
    }

    public boolean isMoe() {
        return numLocalExperts > 0;
    }

    public int groupSize() {
        return numHeads / numKvHeads;
    }

    public static ModelConfig read(Path dir) {
        Path file = dir.resolve("config.json");
        try {
            return parse(JsonMapper.shared().readTree(Files.readString(file)));
        } catch (IOException e) {
            throw new CheckpointException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    static ModelConfig parse(JsonNode n) {
        JsonNode scaling = n.path("rope_scaling");
        String ropeType =
                scaling.path("rope_type").asString(scaling.path("type").asString("default"));
        if (scaling.isObject() && !ropeType.equals("default")) {
            throw new CheckpointException("rope_scaling of type " + ropeType + " is not supported");
        }
        if (n.path("attention_bias").asBoolean(false) || n.path("mlp_bias").asBoolean(false)) {
            throw new CheckpointException("attention or MLP biases are not supported");
        }
        String act = n.path("hidden_act").asString("silu");
        if (!act.equals("silu")) {
            throw new CheckpointException("hidden_act " + act + " is not supported (silu is)");
        }
        JsonNode archs = n.path("architectures");
        String arch = archs.isArray() && !archs.isEmpty() ? archs.get(0).asString() : "";
        int hidden = required(n, "hidden_size");
        int heads = required(n, "num_attention_heads");
        JsonNode window = n.path("sliding_window");
        boolean mixtral = arch.equals("MixtralForCausalLM");
        return new ModelConfig(
                arch,
                required(n, "vocab_size"),
                hidden,
                required(n, "intermediate_size"),
                required(n, "num_hidden_layers"),
                heads,
                n.path("num_key_value_heads").asInt(heads),
                n.hasNonNull("head_dim") ? n.get("head_dim").asInt() : hidden / heads,
                n.path("rms_norm_eps").asDouble(1e-6),
                n.path("rope_theta").asDouble(10000.0),
                n.path("max_position_embeddings").asInt(4096),
                window.isNumber() && !arch.equals("LlamaForCausalLM") ? window.asInt() : null,
                mixtral ? required(n, "num_local_experts") : 0,
                mixtral ? n.path("num_experts_per_tok").asInt(2) : 0,
                n.path("tie_word_embeddings").asBoolean(false),
                n.path("bos_token_id").asInt(1),
                eosIds(n.path("eos_token_id")));
    }

    private static List<Integer> eosIds(JsonNode eos) {
        List<Integer> ids = new ArrayList<>();
        if (eos.isArray()) {
            eos.forEach(e -> ids.add(e.asInt()));
        } else if (eos.isNumber()) {
            ids.add(eos.asInt());
        }
        return ids;
    }

    private static int required(JsonNode n, String field) {
        if (!n.path(field).isNumber()) {
            throw new CheckpointException("config.json lacks the numeric field " + field);
        }
        return n.get(field).asInt();
    }
}
