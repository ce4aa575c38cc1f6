package io.switchboard.inference.internal;

import io.switchboard.inference.ChatChunk;
import io.switchboard.inference.ChatMessage;
import io.switchboard.inference.ChatReply;
import io.switchboard.inference.ChatRequest;
import io.switchboard.inference.Usage;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
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

    /**
     * One {@code chat.completion.chunk}; an error event throws {@link WorkerFailure}. Read with the streaming parser,
     * picking out the few fields a chunk needs: a reply arrives as one chunk per token, and a tree per chunk was the
     * largest single source of the platform's garbage.
     */
    static ChatChunk chunk(String data, String worker) {
        try (JsonParser json = JSON.createParser(data)) {
            if (json.nextToken() != JsonToken.START_OBJECT) {
                throw new WorkerFailure(FailureCause.PROTOCOL, "event is not a JSON object: " + abbreviate(data));
            }
            Chunk chunk = new Chunk();
            while (json.nextToken() == JsonToken.PROPERTY_NAME) {
                String name = json.currentName();
                JsonToken value = json.nextToken();
                switch (name) {
                    case "choices" -> chunk.firstChoice(json, value);
                    case "usage" -> chunk.usage = value == JsonToken.START_OBJECT ? usage(json) : skip(json, null);
                    case "error" ->
                        chunk.error = value == JsonToken.VALUE_STRING ? json.getString() : errorObject(json, value);
                    case "object" ->
                        chunk.object = value == JsonToken.VALUE_STRING ? json.getString() : skip(json, null);
                    case "message" ->
                        chunk.message = value == JsonToken.VALUE_STRING ? json.getString() : skip(json, null);
                    default -> json.skipChildren();
                }
            }
            String error =
                    chunk.error != null ? chunk.error : "error".equals(chunk.object) ? orError(chunk.message) : null;
            if (error != null) {
                throw new WorkerFailure(FailureCause.ERROR_EVENT, "error event: " + error);
            }
            return new ChatChunk(
                    chunk.content == null ? "" : withoutNul(chunk.content), chunk.finishReason, chunk.usage, worker);
        } catch (JacksonException e) {
            throw new WorkerFailure(FailureCause.PROTOCOL, "malformed event: " + abbreviate(data));
        }
    }

    /** What a chunk carries, as its fields stream past. */
    private static final class Chunk {
        @Nullable
        String content;

        @Nullable
        String finishReason;

        @Nullable
        Usage usage;

        @Nullable
        String error;

        @Nullable
        String object;

        @Nullable
        String message;

        /** Reads {@code choices[0].delta.content} and {@code choices[0].finish_reason}; skips the rest. */
        void firstChoice(JsonParser json, JsonToken value) {
            if (value != JsonToken.START_ARRAY) {
                json.skipChildren();
                return;
            }
            boolean first = true;
            for (JsonToken element = json.nextToken(); element != JsonToken.END_ARRAY; element = json.nextToken()) {
                if (first && element == JsonToken.START_OBJECT) {
                    while (json.nextToken() == JsonToken.PROPERTY_NAME) {
                        String name = json.currentName();
                        JsonToken field = json.nextToken();
                        if (name.equals("delta") && field == JsonToken.START_OBJECT) {
                            content = stringIn(json, "content");
                        } else if (name.equals("finish_reason") && field == JsonToken.VALUE_STRING) {
                            finishReason = json.getString();
                        } else {
                            json.skipChildren();
                        }
                    }
                } else {
                    json.skipChildren();
                }
                first = false;
            }
        }
    }

    private static Usage usage(JsonParser json) {
        int prompt = 0;
        int completion = 0;
        while (json.nextToken() == JsonToken.PROPERTY_NAME) {
            String name = json.currentName();
            json.nextToken();
            switch (name) {
                case "prompt_tokens" -> prompt = json.getValueAsInt(0);
                case "completion_tokens" -> completion = json.getValueAsInt(0);
                default -> json.skipChildren();
            }
        }
        return new Usage(prompt, completion);
    }

    /** The message of an {@code "error": {...}} object ("error" when it has none); null for any other value. */
    private static @Nullable String errorObject(JsonParser json, JsonToken value) {
        if (value != JsonToken.START_OBJECT) {
            return skip(json, null);
        }
        return orError(stringIn(json, "message"));
    }

    /** The string {@code field} of the object the parser has just entered, its other fields skipped; null if none. */
    private static @Nullable String stringIn(JsonParser json, String field) {
        String found = null;
        while (json.nextToken() == JsonToken.PROPERTY_NAME) {
            boolean wanted = json.currentName().equals(field);
            if (json.nextToken() == JsonToken.VALUE_STRING && wanted) {
                found = json.getString();
            } else {
                json.skipChildren();
            }
        }
        return found;
    }

    private static <T> @Nullable T skip(JsonParser json, @Nullable T result) {
        json.skipChildren();
        return result;
    }

    private static String orError(@Nullable String message) {
        return message != null ? message : "error";
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
