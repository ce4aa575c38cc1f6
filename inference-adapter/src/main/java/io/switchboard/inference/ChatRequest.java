package io.switchboard.inference;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A chat turn to complete; {@code conversationId} (optional) keeps a conversation on the worker that holds its prefix
 * in cache; {@code null} options take the worker's defaults.
 */
public record ChatRequest(
        @Nullable String conversationId,
        List<ChatMessage> messages,
        @Nullable Integer maxTokens,
        @Nullable Double temperature) {

    public ChatRequest {
        messages = List.copyOf(messages);
        if (messages.isEmpty()) {
            throw new IllegalArgumentException("a chat request needs at least one message");
        }
        if (maxTokens != null && maxTokens < 1) {
            throw new IllegalArgumentException("maxTokens must be at least 1, was " + maxTokens);
        }
    }

    public static ChatRequest of(@Nullable String conversationId, List<ChatMessage> messages) {
        return new ChatRequest(conversationId, messages, null, null);
    }

    public ChatRequest withMaxTokens(int value) {
        return new ChatRequest(conversationId, messages, value, temperature);
    }
}
