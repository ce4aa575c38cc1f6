package io.switchboard.worker.internal.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class SamplerTests {

    private static final float[] LOGITS = {0.1f, 3.0f, -2.0f, 2.5f, -0.0f, 2.9f, -7.5f};

    @Test
    void candidatesComeInDescendingLogitOrderIncludingNegatives() {
        assertThat(Sampler.candidates(LOGITS, 0)).containsExactly(1, 5, 3, 0, 4, 2, 6);
        assertThat(Sampler.candidates(LOGITS, 3)).containsExactly(1, 5, 3);
    }

    @Test
    void temperatureZeroIsGreedyAndTopKOneIsGreedyToo() {
        SamplingParams greedy = SamplingParams.greedy(1);
        SamplingParams topOne = new SamplingParams(1.5, 1, 1, 7L, 1, List.of(), -1);
        assertThat(Sampler.sample(LOGITS, greedy, new SplittableRandom(1))).isEqualTo(1);
        assertThat(Sampler.sample(LOGITS, topOne, new SplittableRandom(2))).isEqualTo(1);
    }

    @Test
    void topPKeepsOnlyTheNucleusAndASeedReproduces() {
        SamplingParams nucleus = new SamplingParams(1, 0.5, 0, 3L, 1, List.of(), -1);
        Set<Integer> seen = new HashSet<>();
        SplittableRandom random = new SplittableRandom(3);
        for (int i = 0; i < 200; i++) {
            seen.add(Sampler.sample(LOGITS, nucleus, random));
        }
        assertThat(seen).containsOnly(1, 5);
        SamplingParams wide = new SamplingParams(1, 1, 0, 3L, 1, List.of(), -1);
        int[] a = new int[20];
        int[] b = new int[20];
        SplittableRandom ra = new SplittableRandom(99);
        SplittableRandom rb = new SplittableRandom(99);
        for (int i = 0; i < 20; i++) {
            a[i] = Sampler.sample(LOGITS, wide, ra);
            b[i] = Sampler.sample(LOGITS, wide, rb);
        }
        assertThat(a).isEqualTo(b);
    }

    @Test
    void logprobsAreALogSoftmax() {
        double total = 0;
        for (int i = 0; i < LOGITS.length; i++) {
            total += Math.exp(Sampler.logprob(LOGITS, i));
        }
        assertThat(total).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-6));
        assertThat(Sampler.top(LOGITS, 2)).containsOnlyKeys(1, 5);
    }
}
