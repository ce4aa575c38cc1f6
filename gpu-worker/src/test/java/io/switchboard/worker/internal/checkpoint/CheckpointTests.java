package io.switchboard.worker.internal.checkpoint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckpointTests {

    @TempDir
    Path dir;

    @Test
    void tinyPresetWritesTheHuggingFaceLayoutInAFewMegabytes() throws IOException {
        new CheckpointMaker(ModelPreset.TINY, TensorType.F32, 1, 7).write(dir);

        assertThat(dir.resolve("config.json")).exists();
        assertThat(dir.resolve("tokenizer.json")).exists();
        assertThat(dir.resolve("tokenizer_config.json")).content().contains("chat_template");
        assertThat(Files.size(dir.resolve("model.safetensors"))).isBetween(100_000L, 5_000_000L);
        ModelConfig config = ModelConfig.read(dir);
        assertThat(config.architecture()).isEqualTo("MixtralForCausalLM");
        assertThat(config.numLocalExperts()).isEqualTo(4);
        assertThat(config.slidingWindow()).isEqualTo(16);
        assertThat(config.eosTokenIds()).containsExactly(2);
    }

    @Test
    void bf16AndF16CheckpointsReadBackCloseToTheF32Weights() throws IOException {
        Path f32 = dir.resolve("f32");
        new CheckpointMaker(ModelPreset.TINY, TensorType.F32, 1, 7).write(f32);
        for (TensorType type : List.of(TensorType.BF16, TensorType.F16)) {
            Path other = dir.resolve(type.name());
            new CheckpointMaker(ModelPreset.TINY, type, 1, 7).write(other);
            try (var a = CheckpointWeights.open(f32);
                    var b = CheckpointWeights.open(other)) {
                String name = "model.layers.1.block_sparse_moe.experts.3.w2.weight";
                assertThat(b.info(name).type()).isEqualTo(type);
                float[] x = a.floats(name);
                float[] y = b.floats(name);
                for (int i = 0; i < x.length; i++) {
                    assertThat(y[i]).isCloseTo(x[i], org.assertj.core.data.Offset.offset(Math.abs(x[i]) / 100 + 1e-4f));
                }
            }
        }
    }

    @Test
    void shardedCheckpointsAreFoundThroughTheirIndex() throws IOException {
        new CheckpointMaker(ModelPreset.TINY, TensorType.F32, 3, 7).write(dir);

        assertThat(dir.resolve("model.safetensors")).doesNotExist();
        assertThat(dir.resolve("model-00003-of-00003.safetensors")).exists();
        try (var weights = CheckpointWeights.open(dir)) {
            assertThat(weights.floats("lm_head.weight", 512, 64)).hasSize(512 * 64);
            assertThat(weights.has("model.embed_tokens.weight")).isTrue();
        }
    }

    @Test
    void aWrongShapeOrMissingTensorIsAClearError() throws IOException {
        new CheckpointMaker(ModelPreset.TINY, TensorType.F32, 1, 7).write(dir);
        try (var weights = CheckpointWeights.open(dir)) {
            assertThatThrownBy(() -> weights.floats("lm_head.weight", 64, 512))
                    .isInstanceOf(CheckpointException.class)
                    .hasMessageContaining("shape");
            assertThatThrownBy(() -> weights.floats("nope")).hasMessageContaining("no tensor nope");
        }
        Files.write(dir.resolve("model.safetensors"), new byte[] {1, 2, 3, 4, 5, 6, 7, 8, 9});
        assertThatThrownBy(() -> CheckpointWeights.open(dir)).isInstanceOf(CheckpointException.class);
    }

    @Test
    void configsOfTheThreeArchitecturesParseAndUnsupportedOnesAreRefused() {
        var mapper = tools.jackson.databind.json.JsonMapper.shared();
        String base = "\"vocab_size\":100,\"hidden_size\":64,\"intermediate_size\":128,\"num_hidden_layers\":2,"
                + "\"num_attention_heads\":4";
        ModelConfig llama = ModelConfig.parse(
                mapper.readTree("{\"architectures\":[\"LlamaForCausalLM\"]," + base + ",\"sliding_window\":8}"));
        assertThat(llama.slidingWindow()).isNull();
        assertThat(llama.numKvHeads()).isEqualTo(4);
        assertThat(llama.headDim()).isEqualTo(16);
        ModelConfig mistral = ModelConfig.parse(mapper.readTree(
                "{\"architectures\":[\"MistralForCausalLM\"]," + base + ",\"sliding_window\":8,\"head_dim\":null}"));
        assertThat(mistral.slidingWindow()).isEqualTo(8);
        assertThat(mistral.isMoe()).isFalse();
        assertThatThrownBy(() -> ModelConfig.parse(mapper.readTree("{\"architectures\":[\"LlamaForCausalLM\"]," + base
                        + ",\"rope_scaling\":{\"rope_type\":\"llama3\",\"factor\":8}}")))
                .hasMessageContaining("rope_scaling");
        assertThatThrownBy(() ->
                        ModelConfig.parse(mapper.readTree("{\"architectures\":[\"GPT2LMHeadModel\"]," + base + "}")))
                .hasMessageContaining("unsupported architecture");
    }

    @Test
    void tokenizerRoundTripsTextAndTheChatTemplateRenders() throws IOException {
        new CheckpointMaker(ModelPreset.TINY, TensorType.F32, 1, 7).write(dir);
        String prompt = ChatTemplate.read(dir).render(List.of(new ChatTemplate.Message("user", "hello world")));
        assertThat(prompt).isEqualTo("<s>[INST] hello world [/INST]");
        try (TextCodec codec = TextCodec.read(dir)) {
            long[] ids = codec.encode(prompt);
            assertThat(ids[0]).isEqualTo(1);
            assertThat(ids.length).isLessThan(prompt.length());
            assertThat(codec.decode(ids)).isEqualTo("[INST] hello world [/INST]");
            assertThat(codec.decode(codec.encode("héllo ✓"))).isEqualTo("héllo ✓");
        }
    }
}
