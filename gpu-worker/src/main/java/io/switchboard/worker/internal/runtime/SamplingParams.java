package io.switchboard.worker.internal.runtime;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * How the next token is chosen: greedy when {@code temperature} is 0, otherwise sampled after top-k and top-p
 * filtering, reproducibly when a seed is given.
 *
 * @param topK 0 for no top-k filter
 * @param logprobs how many alternatives to report with each token's log-probability; -1 for none
 */
public record SamplingParams(
        double temperature,
        double topP,
        int topK,
        @Nullable Long seed,
        int maxTokens,
        List<String> stop,
        int logprobs) {

    public SamplingParams {
        stop = List.copyOf(stop);
    }

    public static SamplingParams greedy(int maxTokens) {
        return new SamplingParams(0, 1, 0, null, maxTokens, List.of(), -1);
    }
}
