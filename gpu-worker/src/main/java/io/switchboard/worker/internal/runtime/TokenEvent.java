package io.switchboard.worker.internal.runtime;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One generated token as the client sees it: the text it adds (possibly empty while a multi-byte character or a
 * possible stop string is held back), and its log-probability with the top alternatives when asked for.
 */
public record TokenEvent(
        long tokenId, String text, @Nullable Double logprob, Map<String, Double> topLogprobs) {}
