package io.switchboard.worker.internal.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.worker.internal.checkpoint.CheckpointMaker;
import io.switchboard.worker.internal.checkpoint.CheckpointWeights;
import io.switchboard.worker.internal.checkpoint.ModelPreset;
import io.switchboard.worker.internal.checkpoint.TensorType;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The DJL forward pass against the naive plain-Java reference: logits close, greedy tokens identical. */
class ForwardPassTests {

    private static final long[] PROMPT_A = {1, 300, 17, 45, 260, 99, 5, 402, 77, 13};
    private static final long[] PROMPT_B = {1, 44, 45, 46};
    private static final long[] PROMPT_C = {1, 500, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19};
    private static final int STEPS = 20;

    @TempDir
    Path dir;

    @Test
    void mixtralGreedyTokensMatchTheReferencePastTheSlidingWindow() throws IOException {
        assertMatchesReference(ModelPreset.TINY, TensorType.F32, 4);
    }

    @Test
    void bf16CheckpointsMatchTheReferenceOnTheSameWeights() throws IOException {
        assertMatchesReference(ModelPreset.TINY, TensorType.BF16, 3);
    }

    @Test
    void denseMistralAndLlamaMatchTheReference() throws IOException {
        assertMatchesReference(ModelPreset.TINY_MISTRAL, TensorType.F32, 5);
        assertMatchesReference(ModelPreset.TINY_LLAMA, TensorType.F16, 64);
    }

    @Test
    void int8KeepsWeightsUnderThirtyPercentOfF32AndMostlyAgrees() throws IOException {
        Path model = dir.resolve("int8");
        new CheckpointMaker(ModelPreset.TINY, TensorType.F32, 1, 11).write(model);
        List<List<Long>> f32;
        try (var runtime = ModelRuntime.load(model, options(Quantization.NONE, 4))) {
            f32 = Generation.greedy(runtime, List.of(PROMPT_A, PROMPT_C), STEPS);
        }
        try (var runtime = ModelRuntime.load(model, options(Quantization.INT8, 4))) {
            int arrays = runtime.liveArrays();
            Generation.greedy(runtime, List.of(PROMPT_B), 5);
            assertThat(runtime.liveArrays()).as("arrays left behind by steps").isEqualTo(arrays);
            double ratio = (double) runtime.weightBytes() / runtime.f32WeightBytes();
            assertThat(ratio).isLessThanOrEqualTo(0.30);
            List<List<Long>> int8 = Generation.greedy(runtime, List.of(PROMPT_A, PROMPT_C), STEPS);
            int same = 0;
            for (int s = 0; s < 2; s++) {
                for (int i = 0;
                        i < STEPS && int8.get(s).get(i).equals(f32.get(s).get(i));
                        i++) {
                    same++;
                }
            }
            System.out.printf(
                    "INT8: weight bytes %.3f of F32; identical greedy prefix %d of %d tokens%n",
                    ratio, same, 2 * STEPS);
            assertThat(int8.get(0).getFirst()).isEqualTo(f32.get(0).getFirst());
        }
    }

    private void assertMatchesReference(ModelPreset preset, TensorType type, int chunk) throws IOException {
        Path model = dir.resolve(preset.cliName() + "-" + type);
        new CheckpointMaker(preset, type, 1, 11).write(model);
        List<long[]> prompts = List.of(PROMPT_A, PROMPT_B, PROMPT_C);
        List<List<Long>> actual;
        List<float[]> firstLogits = new ArrayList<>();
        try (var runtime = ModelRuntime.load(model, options(Quantization.NONE, chunk))) {
            actual = Generation.greedy(runtime, prompts, STEPS, firstLogits);
        }
        try (var weights = CheckpointWeights.open(model)) {
            ReferenceModel reference = new ReferenceModel(model, weights);
            for (int s = 0; s < prompts.size(); s++) {
                assertThat(actual.get(s))
                        .as(preset + " sequence " + s)
                        .isEqualTo(reference.greedy(prompts.get(s), STEPS));
                float[] expected = reference.lastLogits(prompts.get(s));
                float[] got = firstLogits.get(s);
                for (int i = 0; i < expected.length; i++) {
                    assertThat(got[i]).isCloseTo(expected[i], org.assertj.core.data.Offset.offset(1e-3f));
                }
            }
        }
    }

    private static RuntimeOptions options(Quantization q, int chunk) {
        return RuntimeOptions.defaults()
                .withQuantization(q)
                .withDevice("cpu")
                .withMaxBatch(4)
                .withPrefillChunk(chunk)
                .withMaxModelLen(256);
    }
}
