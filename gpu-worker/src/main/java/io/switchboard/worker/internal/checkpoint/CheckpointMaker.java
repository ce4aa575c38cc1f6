package io.switchboard.worker.internal.checkpoint;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** Writes a random-weight checkpoint in the Hugging Face layout, as {@code scripts/worker make-model} does. */
public final class CheckpointMaker {

    static final String CHAT_TEMPLATE = "{{ bos_token }}{% for message in messages %}"
            + "{% if message['role'] == 'system' %}{{ '[SYS] ' + message['content'] + ' [/SYS]' }}"
            + "{% elif message['role'] == 'user' %}{{ '[INST] ' + message['content'] + ' [/INST]' }}"
            + "{% else %}{{ message['content'] + eos_token }}{% endif %}{% endfor %}";

    private final ModelPreset preset;
    private final TensorType type;
    private final int shards;
    private final long seed;

    public CheckpointMaker(ModelPreset preset, TensorType type, int shards, long seed) {
        if (shards < 1) {
            throw new IllegalArgumentException("shards must be at least 1");
        }
        this.preset = preset;
        this.type = type;
        this.shards = shards;
        this.seed = seed;
    }

    public void write(Path dir) throws IOException {
        Files.createDirectories(dir);
        JsonMapper json = JsonMapper.shared();
        Files.writeString(
                dir.resolve("config.json"),
                json.writerWithDefaultPrettyPrinter().writeValueAsString(config()));
        Files.writeString(
                dir.resolve("tokenizer.json"),
                TokenizerMaker.tokenizerJson(preset.vocab).toString());
        Files.writeString(
                dir.resolve("tokenizer_config.json"), tokenizerConfig().toString());
        writeWeights(dir, tensors());
    }

    private ObjectNode config() {
        ObjectNode c = JsonMapper.shared().createObjectNode();
        c.putArray("architectures").add(preset.architecture);
        c.put("model_type", preset.architecture.replace("ForCausalLM", "").toLowerCase());
        c.put("vocab_size", preset.vocab);
        c.put("hidden_size", preset.hidden);
        c.put("intermediate_size", preset.intermediate);
        c.put("num_hidden_layers", preset.layers);
        c.put("num_attention_heads", preset.heads);
        c.put("num_key_value_heads", preset.kvHeads);
        c.put("head_dim", preset.headDim);
        c.put("hidden_act", "silu");
        c.put("max_position_embeddings", 4096);
        c.put("rms_norm_eps", 1e-5);
        c.put("rope_theta", 1_000_000.0);
        if (preset.slidingWindow == null) {
            c.putNull("sliding_window");
        } else {
            c.put("sliding_window", preset.slidingWindow);
        }
        if (preset.experts > 0) {
            c.put("num_local_experts", preset.experts);
            c.put("num_experts_per_tok", preset.expertsPerToken);
            c.put("router_aux_loss_coef", 0.02);
        }
        c.put("tie_word_embeddings", false);
        c.put("bos_token_id", 1);
        c.put("eos_token_id", 2);
        c.put("torch_dtype", type == TensorType.F32 ? "float32" : type == TensorType.BF16 ? "bfloat16" : "float16");
        return c;
    }

    private ObjectNode tokenizerConfig() {
        ObjectNode c = JsonMapper.shared().createObjectNode();
        c.put("tokenizer_class", "PreTrainedTokenizerFast");
        c.put("bos_token", TokenizerMaker.BOS);
        c.put("eos_token", TokenizerMaker.EOS);
        c.put("unk_token", TokenizerMaker.UNK);
        c.put("model_max_length", 4096);
        c.put("chat_template", CHAT_TEMPLATE);
        return c;
    }

    private record Tensor(String name, long[] shape, float[] data) {}

    private List<Tensor> tensors() {
        SplittableRandom random = new SplittableRandom(seed);
        int h = preset.hidden;
        int q = preset.heads * preset.headDim;
        int kv = preset.kvHeads * preset.headDim;
        List<Tensor> out = new ArrayList<>();
        out.add(normal("model.embed_tokens.weight", random, 1.0f, preset.vocab, h));
        for (int l = 0; l < preset.layers; l++) {
            String p = "model.layers." + l + ".";
            out.add(norm(p + "input_layernorm.weight", random, h));
            out.add(normal(p + "self_attn.q_proj.weight", random, preset.initStd, q, h));
            out.add(normal(p + "self_attn.k_proj.weight", random, preset.initStd, kv, h));
            out.add(normal(p + "self_attn.v_proj.weight", random, preset.initStd, kv, h));
            out.add(normal(p + "self_attn.o_proj.weight", random, preset.initStd, h, q));
            out.add(norm(p + "post_attention_layernorm.weight", random, h));
            out.addAll(mlp(p, random));
        }
        out.add(norm("model.norm.weight", random, h));
        out.add(normal("lm_head.weight", random, preset.initStd, preset.vocab, h));
        return out;
    }

    private List<Tensor> mlp(String p, SplittableRandom random) {
        int h = preset.hidden;
        int i = preset.intermediate;
        float s = preset.initStd;
        if (preset.experts == 0) {
            return List.of(
                    normal(p + "mlp.gate_proj.weight", random, s, i, h),
                    normal(p + "mlp.up_proj.weight", random, s, i, h),
                    normal(p + "mlp.down_proj.weight", random, s, h, i));
        }
        List<Tensor> out = new ArrayList<>();
        out.add(normal(p + "block_sparse_moe.gate.weight", random, 1.0f, preset.experts, h));
        for (int e = 0; e < preset.experts; e++) {
            String x = p + "block_sparse_moe.experts." + e + ".";
            out.add(normal(x + "w1.weight", random, s, i, h));
            out.add(normal(x + "w2.weight", random, s, h, i));
            out.add(normal(x + "w3.weight", random, s, i, h));
        }
        return out;
    }

    private static Tensor normal(String name, SplittableRandom random, float std, int rows, int cols) {
        float[] data = new float[rows * cols];
        for (int k = 0; k < data.length; k++) {
            data[k] = (float) (gaussian(random) * std);
        }
        return new Tensor(name, new long[] {rows, cols}, data);
    }

    private static Tensor norm(String name, SplittableRandom random, int size) {
        float[] data = new float[size];
        for (int k = 0; k < size; k++) {
            data[k] = (float) (1.0 + 0.1 * gaussian(random));
        }
        return new Tensor(name, new long[] {size}, data);
    }

    private static double gaussian(SplittableRandom random) {
        double u = 1.0 - random.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random.nextDouble());
    }

    private void writeWeights(Path dir, List<Tensor> tensors) throws IOException {
        if (shards == 1) {
            SafetensorsWriter writer = new SafetensorsWriter(type);
            tensors.forEach(t -> writer.add(t.name(), t.shape(), t.data()));
            writer.write(dir.resolve("model.safetensors"));
            return;
        }
        Map<String, String> weightMap = new LinkedHashMap<>();
        int perShard = (tensors.size() + shards - 1) / shards;
        for (int s = 0; s < shards; s++) {
            String file = String.format("model-%05d-of-%05d.safetensors", s + 1, shards);
            SafetensorsWriter writer = new SafetensorsWriter(type);
            for (Tensor t : tensors.subList(
                    Math.min(s * perShard, tensors.size()), Math.min((s + 1) * perShard, tensors.size()))) {
                writer.add(t.name(), t.shape(), t.data());
                weightMap.put(t.name(), file);
            }
            writer.write(dir.resolve(file));
        }
        ObjectNode index = JsonMapper.shared().createObjectNode();
        index.putObject("metadata");
        ObjectNode map = index.putObject("weight_map");
        weightMap.forEach(map::put);
        Files.writeString(dir.resolve("model.safetensors.index.json"), index.toString());
    }
}
