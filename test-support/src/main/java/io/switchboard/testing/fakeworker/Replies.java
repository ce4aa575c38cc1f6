package io.switchboard.testing.fakeworker;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

/** The JSON bodies a fake worker writes, shaped as OpenAI's Chat Completions API shapes them. */
final class Replies {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final String id;
    private final String model;
    private final long created = System.currentTimeMillis() / 1000;

    Replies(String id, String model) {
        this.id = id;
        this.model = model;
    }

    /** The text of token {@code i}: {@code "w0 "}, {@code "w1 "}, …, so a duplicate or a gap shows. */
    static String token(int i) {
        return "w" + i + " ";
    }

    static String json(Object value) {
        return JSON.writeValueAsString(value);
    }

    static String event(Object data) {
        return "data: " + (data instanceof String s ? s : json(data)) + "\n\n";
    }

    Map<String, Object> roleChunk() {
        return chunk(Map.of("role", "assistant", "content", ""), null);
    }

    Map<String, Object> tokenChunk(int i) {
        return chunk(Map.of("content", token(i)), null);
    }

    Map<String, Object> finishChunk(String finishReason) {
        return chunk(Map.of(), finishReason);
    }

    Map<String, Object> usageChunk(int promptTokens, int completionTokens) {
        Map<String, Object> chunk = envelope("chat.completion.chunk");
        chunk.put("choices", List.of());
        chunk.put("usage", usage(promptTokens, completionTokens));
        return chunk;
    }

    Map<String, Object> completion(String text, String finishReason, int promptTokens, int completionTokens) {
        Map<String, Object> message = Map.of("role", "assistant", "content", text);
        Map<String, Object> choice = new LinkedHashMap<>();
        choice.put("index", 0);
        choice.put("message", message);
        choice.put("finish_reason", finishReason);
        Map<String, Object> body = envelope("chat.completion");
        body.put("choices", List.of(choice));
        body.put("usage", usage(promptTokens, completionTokens));
        return body;
    }

    static Map<String, Object> error(ErrorShape shape, String message, String type, int code) {
        Map<String, Object> error = new LinkedHashMap<>();
        if (shape == ErrorShape.FLAT) {
            error.put("object", "error");
        }
        error.put("message", message);
        error.put("type", type);
        error.put("param", null);
        error.put("code", code);
        return shape == ErrorShape.FLAT ? error : Map.of("error", error);
    }

    private Map<String, Object> chunk(Map<String, Object> delta, @Nullable String finishReason) {
        Map<String, Object> choice = new LinkedHashMap<>();
        choice.put("index", 0);
        choice.put("delta", delta);
        choice.put("finish_reason", finishReason);
        Map<String, Object> chunk = envelope("chat.completion.chunk");
        chunk.put("choices", List.of(choice));
        return chunk;
    }

    private Map<String, Object> envelope(String object) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", id);
        body.put("object", object);
        body.put("created", created);
        body.put("model", model);
        return body;
    }

    private static Map<String, Object> usage(int promptTokens, int completionTokens) {
        return Map.of(
                "prompt_tokens", promptTokens,
                "completion_tokens", completionTokens,
                "total_tokens", promptTokens + completionTokens);
    }
}
