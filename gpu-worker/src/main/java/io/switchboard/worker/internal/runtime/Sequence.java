package io.switchboard.worker.internal.runtime;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;
import org.jspecify.annotations.Nullable;

/** One request's life in the scheduler: its prompt, what is prefilled, what is generated, and its timings. */
final class Sequence {

    final long[] prompt;
    final SamplingParams params;
    final SequenceListener listener;
    final SplittableRandom random;
    final long enqueuedNanos = System.nanoTime();
    long admittedNanos;
    long lastTokenNanos;
    int slot = -1;
    int fed;
    long[] generated = new long[16];
    int generatedCount;

    @Nullable
    TextStream text;

    volatile boolean cancelled;

    Sequence(long[] prompt, SamplingParams params, SequenceListener listener) {
        this.prompt = prompt;
        this.params = params;
        this.listener = listener;
        this.random = params.seed() == null ? new SplittableRandom() : new SplittableRandom(params.seed());
    }

    boolean prefilling() {
        return fed < prompt.length;
    }

    /** The position of the next token fed. */
    int position() {
        return prefilling() ? fed : prompt.length + generatedCount - 1;
    }

    long lastToken() {
        return generated[generatedCount - 1];
    }

    void append(long token) {
        if (generatedCount == generated.length) {
            generated = Arrays.copyOf(generated, generated.length * 2);
        }
        generated[generatedCount++] = token;
    }

    long[] generatedIds() {
        return Arrays.copyOf(generated, generatedCount);
    }

    TokenEvent event(float[] logits, int token, String delta, java.util.function.LongFunction<String> names) {
        if (params.logprobs() < 0) {
            return new TokenEvent(token, delta, null, Map.of());
        }
        Map<String, Double> top = new HashMap<>();
        Sampler.top(logits, params.logprobs()).forEach((id, lp) -> top.put(names.apply(id), lp));
        return new TokenEvent(token, delta, Sampler.logprob(logits, token), top);
    }
}
