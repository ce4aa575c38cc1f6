package io.switchboard.inference;

import org.jspecify.annotations.Nullable;

/** A whole reply, the worker that wrote it, why it ended and what it cost. */
public record ChatReply(
        String text,
        @Nullable String finishReason,
        @Nullable Usage usage,
        String worker) {}
