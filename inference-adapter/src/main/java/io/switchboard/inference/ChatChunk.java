package io.switchboard.inference;

import org.jspecify.annotations.Nullable;

/**
 * A piece of a streamed reply from {@code worker}: text (possibly empty), and on the last chunks the finish reason
 * ({@code stop}, {@code length}) and the usage.
 */
public record ChatChunk(
        String text,
        @Nullable String finishReason,
        @Nullable Usage usage,
        String worker) {}
