package io.switchboard.inference.internal;

import io.switchboard.inference.ChatChunk;
import io.switchboard.inference.ChatMessage;
import io.switchboard.inference.ChatReply;
import io.switchboard.inference.ChatRequest;
import io.switchboard.inference.Usage;
import java.io.ByteArrayOutputStream;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.json.JsonFactory;

/**
 * The OpenAI Chat Completions wire format as vLLM, TGI, SGLang, llama.cpp's server and our gpu-worker speak it,
 * including both error shapes: {@code {"error":{"message":…}}} (or TGI's {@code {"error":"…"}}) and the flat {@code
 * {"object":"error","message":…}}.
 */
final class WireFormat {

    static final String DONE = "[DONE]";

    /**
     * Streaming reads and writes only, so no databind: an {@code ObjectMapper} creates a (de)serialization context for
     * every parser and generator, one per chunk of a reply.
     */
    private static final JsonFactory JSON = new JsonFactory();

    private WireFormat() {}

    /**
     * The request as UTF-8 JSON, written straight to bytes: the prompt is the largest thing a turn sends, and a tree
     * plus a string of it cost a copy each (and a UTF-16 one whenever it holds a character beyond Latin-1).
     */
    static byte[] requestBody(ChatRequest request, String model, boolean stream) {
        int size = 128;
        for (ChatMessage message : request.messages()) {
            size += 32 + message.content().length();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(size);
        try (JsonGenerator json = JSON.createGenerator(ObjectWriteContext.empty(), out)) {
            json.writeStartObject();
            json.writeStringProperty("model", model);
            json.writeArrayPropertyStart("messages");
            for (ChatMessage message : request.messages()) {
                json.writeStartObject();
                json.writeStringProperty("role", message.role());
                json.writeStringProperty("content", message.content());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeBooleanProperty("stream", stream);
            if (stream) {
                json.writeObjectPropertyStart("stream_options");
                json.writeBooleanProperty("include_usage", true);
                json.writeEndObject();
            }
            if (request.maxTokens() != null) {
                json.writeNumberProperty("max_tokens", request.maxTokens());
            }
            if (request.temperature() != null) {
                json.writeNumberProperty("temperature", request.temperature());
            }
            json.writeEndObject();
        }
        return out.toByteArray();
    }

    /** One {@code chat.completion.chunk}; an error event throws {@link WorkerFailure}. */
    static ChatChunk chunk(String data, String worker) {
        Fields chunk = Fields.read(data, "delta");
        chunk.failIfError();
        return new ChatChunk(chunk.text(), chunk.finishReason, chunk.usage, worker);
    }

    /** One {@code chat.completion}. */
    static ChatReply reply(String body, String worker) {
        Fields reply = Fields.read(body, "message");
        reply.failIfError();
        if (!reply.hasChoice) {
            throw new WorkerFailure(FailureCause.PROTOCOL, "a completion without choices");
        }
        return new ChatReply(reply.text(), reply.finishReason, reply.usage, worker);
    }

    /** The message of an error body of either shape, or the body itself (cut short) when it has neither. */
    static String errorMessage(String body) {
        try {
            String error = Fields.read(body, "message").error;
            return error != null ? error : abbreviate(body);
        } catch (WorkerFailure notJson) {
            return abbreviate(body);
        }
    }

    /**
     * The few fields of a completion or a chunk the adapter uses, read with the streaming parser as they pass (the rest
     * skipped): a reply arrives as one chunk per token, and a tree per chunk was the largest single source of the
     * platform's garbage.
     */
    private static final class Fields {
        @Nullable
        String content;

        @Nullable
        String finishReason;

        @Nullable
        Usage usage;

        /** The message of either error shape, when the body is one. */
        @Nullable
        String error;

        boolean hasChoice;

        /**
         * Reads {@code choices[0].<message>.content}, {@code choices[0].finish_reason}, {@code usage} and the error
         * shapes; malformed JSON or anything but an object throws {@link WorkerFailure} ({@code PROTOCOL}).
         */
        static Fields read(String data, String message) {
            try (JsonParser json = JSON.createParser(ObjectReadContext.empty(), data)) {
                if (json.nextToken() != JsonToken.START_OBJECT) {
                    throw new WorkerFailure(FailureCause.PROTOCOL, "event is not a JSON object: " + abbreviate(data));
                }
                Fields fields = new Fields();
                String object = null;
                String flatMessage = null;
                while (json.nextToken() == JsonToken.PROPERTY_NAME) {
                    String name = json.currentName();
                    JsonToken value = json.nextToken();
                    switch (name) {
                        case "choices" -> fields.firstChoice(json, value, message);
                        case "usage" -> fields.usage = value == JsonToken.START_OBJECT ? usage(json) : skip(json);
                        case "error" -> fields.error = error(json, value);
                        case "object" -> object = value == JsonToken.VALUE_STRING ? json.getString() : skip(json);
                        case "message" -> flatMessage = value == JsonToken.VALUE_STRING ? json.getString() : skip(json);
                        default -> json.skipChildren();
                    }
                }
                if (fields.error == null && "error".equals(object)) {
                    fields.error = orError(flatMessage);
                }
                return fields;
            } catch (JacksonException e) {
                throw new WorkerFailure(FailureCause.PROTOCOL, "malformed event: " + abbreviate(data));
            }
        }

        private void firstChoice(JsonParser json, JsonToken value, String message) {
            if (value != JsonToken.START_ARRAY) {
                json.skipChildren();
                return;
            }
            for (JsonToken element = json.nextToken(); element != JsonToken.END_ARRAY; element = json.nextToken()) {
                if (hasChoice || element != JsonToken.START_OBJECT) {
                    json.skipChildren();
                    continue;
                }
                hasChoice = true;
                while (json.nextToken() == JsonToken.PROPERTY_NAME) {
                    String name = json.currentName();
                    JsonToken field = json.nextToken();
                    if (name.equals(message) && field == JsonToken.START_OBJECT) {
                        content = stringIn(json, "content");
                    } else if (name.equals("finish_reason") && field == JsonToken.VALUE_STRING) {
                        finishReason = json.getString();
                    } else {
                        json.skipChildren();
                    }
                }
            }
        }

        private void failIfError() {
            if (error != null) {
                throw new WorkerFailure(FailureCause.ERROR_EVENT, "error event: " + error);
            }
        }

        private String text() {
            return content == null ? "" : withoutNul(content);
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

    /** {@code "error": {"message": …}} or {@code "error": "…"}: its message; null for any other value. */
    private static @Nullable String error(JsonParser json, JsonToken value) {
        return switch (value) {
            case START_OBJECT -> orError(stringIn(json, "message"));
            case VALUE_STRING -> json.getString();
            default -> skip(json);
        };
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

    /** Skips the value the parser is at; for a field whose value has the wrong type. */
    private static <T> @Nullable T skip(JsonParser json) {
        json.skipChildren();
        return null;
    }

    private static String orError(@Nullable String message) {
        return message != null ? message : "error";
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
