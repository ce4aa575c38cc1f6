package io.switchboard.inference.internal;

import io.switchboard.inference.ChatChunk;
import io.switchboard.inference.ChatMessage;
import io.switchboard.inference.ChatReply;
import io.switchboard.inference.ChatRequest;
import io.switchboard.inference.Usage;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The OpenAI Chat Completions wire format as vLLM, TGI, SGLang, llama.cpp's server and our gpu-worker speak it,
 * including both error shapes: {@code {"error":{"message":…}}} (or TGI's {@code {"error":"…"}}) and the flat {@code
 * {"object":"error","message":…}}.
 */
final class WireFormat {

    static final String DONE = "[DONE]";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private WireFormat() {}

    static String requestBody(ChatRequest request, String model, boolean stream) {
        ObjectNode body = JSON.createObjectNode();
        body.put("model", model);
        ArrayNode messages = body.putArray("messages");
        for (ChatMessage message : request.messages()) {
            messages.addObject().put("role", message.role()).put("content", message.content());
        }
        body.put("stream", stream);
        if (stream) {
            body.putObject("stream_options").put("include_usage", true);
        }
        if (request.maxTokens() != null) {
            body.put("max_tokens", request.maxTokens());
        }
        if (request.temperature() != null) {
            body.put("temperature", request.temperature());
        }
        return JSON.writeValueAsString(body);
    }

    /** One {@code chat.completion.chunk}; an error event throws {@link WorkerFailure}. */
    static ChatChunk chunk(String data, String worker) {
        JsonNode json = parse(data);
        JsonNode choice = json.path("choices").path(0);
        JsonNode content = choice.path("delta").path("content");
        return new ChatChunk(
                content.isString() ? withoutNul(content.asString()) : "",
                text(choice.path("finish_reason")),
                usage(json.path("usage")),
                worker);
    }

    /** One {@code chat.completion}. */
    static ChatReply reply(String body, String worker) {
        JsonNode json = parse(body);
        JsonNode choice = json.path("choices").path(0);
        JsonNode content = choice.path("message").path("content");
        if (!choice.isObject()) {
            throw new WorkerFailure(FailureCause.PROTOCOL, "a completion without choices");
        }
        return new ChatReply(
                content.isString() ? withoutNul(content.asString()) : "",
                text(choice.path("finish_reason")),
                usage(json.path("usage")),
                worker);
    }

    /** The message of an error body of either shape, or the body itself (cut short) when it has neither. */
    static String errorMessage(String body) {
        try {
            JsonNode json = JSON.readTree(body);
            String message = errorIn(json);
            return message != null ? message : abbreviate(body);
        } catch (JacksonException e) {
            return abbreviate(body);
        }
    }

    private static JsonNode parse(String data) {
        JsonNode json;
        try {
            json = JSON.readTree(data);
        } catch (JacksonException e) {
            throw new WorkerFailure(FailureCause.PROTOCOL, "malformed event: " + abbreviate(data));
        }
        if (json == null || !json.isObject()) {
            throw new WorkerFailure(FailureCause.PROTOCOL, "event is not a JSON object: " + abbreviate(data));
        }
        String error = errorIn(json);
        if (error != null) {
            throw new WorkerFailure(FailureCause.ERROR_EVENT, "error event: " + error);
        }
        return json;
    }

    private static @Nullable String errorIn(@Nullable JsonNode json) {
        if (json == null || !json.isObject()) {
            return null;
        }
        JsonNode error = json.path("error");
        if (error.isObject()) {
            return error.path("message").asString("error");
        }
        if (error.isString()) {
            return error.asString();
        }
        if ("error".equals(json.path("object").asString(""))) {
            return json.path("message").asString("error");
        }
        return null;
    }

    private static @Nullable String text(JsonNode node) {
        return node.isString() ? node.asString() : null;
    }

    private static @Nullable Usage usage(JsonNode node) {
        if (!node.isObject()) {
            return null;
        }
        return new Usage(
                node.path("prompt_tokens").asInt(0),
                node.path("completion_tokens").asInt(0));
    }

    /**
     * A model's text without NUL characters: they are not text to any client, and PostgreSQL cannot store them (a
     * random-weight checkpoint writes them; a turn holding one could not reach the transcript).
     */
    static String withoutNul(String text) {
        return text.indexOf('\u0000') < 0 ? text : text.replace("\u0000", "");
    }

    private static String abbreviate(String text) {
        return text.length() <= 200 ? text : text.substring(0, 200) + "…";
    }
}
