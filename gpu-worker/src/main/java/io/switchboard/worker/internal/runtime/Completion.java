package io.switchboard.worker.internal.runtime;

/** How a sequence ended and what it cost in tokens. */
public record Completion(String finishReason, int promptTokens, int completionTokens) {

    public int totalTokens() {
        return promptTokens + completionTokens;
    }
}
