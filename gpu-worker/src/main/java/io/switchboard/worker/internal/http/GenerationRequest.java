package io.switchboard.worker.internal.http;

import io.switchboard.worker.internal.checkpoint.ChatTemplate;
import io.switchboard.worker.internal.runtime.SamplingParams;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * A parsed {@code /v1/chat/completions} or {@code /v1/completions} body: either chat messages, a text prompt or
 * prompt token ids, with validated sampling parameters.
 */
record GenerationRequest(
        @Nullable String model,
        @Nullable List<ChatTemplate.Message> messages,
        @Nullable String promptText,
        long @Nullable [] promptIds,
        boolean stream,
        boolean includeUsage,
        @Nullable Integer maxTokens,
        SamplingParams sampling) {

    static GenerationRequest chat(JsonNode body) {
        JsonNode messages = body.path("messages");
        if (!messages.isArray() || messages.isEmpty()) {
            throw ApiException.invalid("'messages' must be a non-empty array", "messages");
        }
        List<ChatTemplate.Message> parsed = new ArrayList<>();
        for (JsonNode m : messages) {
            String role = m.path("role").asString("");
            if (!List.of("system", "user", "assistant", "developer", "tool").contains(role)) {
                throw ApiException.invalid("each message needs a role of system, user or assistant", "messages");
            }
            parsed.add(
                    new ChatTemplate.Message(role.equals("developer") ? "system" : role, content(m.path("content"))));
        }
        int logprobs = body.path("logprobs").asBoolean(false) ? intIn(body, "top_logprobs", 0, 0, 20) : -1;
        return of(body, parsed, null, null, logprobs);
    }

    static GenerationRequest completion(JsonNode body) {
        JsonNode prompt = body.path("prompt");
        if (prompt.isArray() && prompt.size() == 1 && prompt.get(0).isString()) {
            prompt = prompt.get(0);
        }
        if (prompt.isArray() && prompt.size() == 1 && prompt.get(0).isArray()) {
            prompt = prompt.get(0);
        }
        int logprobs = body.hasNonNull("logprobs") ? intIn(body, "logprobs", -1, 0, 20) : -1;
        if (prompt.isString()) {
            return of(body, null, prompt.asString(), null, logprobs);
        }
        if (prompt.isArray() && !prompt.isEmpty()) {
            long[] ids = new long[prompt.size()];
            for (int i = 0; i < ids.length; i++) {
                if (!prompt.get(i).isIntegralNumber()) {
                    throw ApiException.invalid("'prompt' must be a string or an array of token ids", "prompt");
                }
                ids[i] = prompt.get(i).asLong();
            }
            return of(body, null, null, ids, logprobs);
        }
        throw ApiException.invalid("'prompt' must be a non-empty string or array of token ids (one prompt)", "prompt");
    }

    private static GenerationRequest of(
            JsonNode body,
            @Nullable List<ChatTemplate.Message> messages,
            @Nullable String text,
            long @Nullable [] ids,
            int logprobs) {
        if (body.has("n") && body.path("n").asInt(1) != 1) {
            throw ApiException.invalid("only n = 1 is supported", "n");
        }
        JsonNode model = body.path("model");
        Integer maxTokens = body.hasNonNull("max_completion_tokens")
                ? Integer.valueOf(intIn(body, "max_completion_tokens", 0, 1, Integer.MAX_VALUE))
                : body.hasNonNull("max_tokens")
                        ? Integer.valueOf(intIn(body, "max_tokens", 0, 1, Integer.MAX_VALUE))
                        : null;
        double temperature = doubleIn(body, "temperature", 1.0, 0, 2);
        double topP = doubleIn(body, "top_p", 1.0, 0, 1);
        if (topP == 0) {
            throw ApiException.invalid("'top_p' must be in (0, 1]", "top_p");
        }
        int topK = intIn(body, "top_k", 0, -1, Integer.MAX_VALUE);
        Long seed = body.hasNonNull("seed") ? body.get("seed").asLong() : null;
        SamplingParams sampling = new SamplingParams(
                temperature,
                topP,
                Math.max(0, topK),
                seed,
                maxTokens == null ? 0 : maxTokens,
                stops(body.path("stop")),
                logprobs);
        return new GenerationRequest(
                model.isString() ? model.asString() : null,
                messages,
                text,
                ids,
                body.path("stream").asBoolean(false),
                body.path("stream_options").path("include_usage").asBoolean(false),
                maxTokens,
                sampling);
    }

    private static String content(JsonNode content) {
        if (content.isString()) {
            return content.asString();
        }
        if (content.isArray()) {
            StringBuilder text = new StringBuilder();
            content.forEach(part -> text.append(part.path("text").asString("")));
            return text.toString();
        }
        if (content.isNull() || content.isMissingNode()) {
            return "";
        }
        throw ApiException.invalid("message content must be a string or an array of text parts", "messages");
    }

    private static List<String> stops(JsonNode stop) {
        if (stop.isString()) {
            return List.of(stop.asString());
        }
        if (stop.isArray()) {
            if (stop.size() > 4) {
                throw ApiException.invalid("'stop' takes at most 4 sequences", "stop");
            }
            List<String> out = new ArrayList<>();
            stop.forEach(s -> out.add(s.asString()));
            return out;
        }
        return List.of();
    }

    private static int intIn(JsonNode body, String field, int fallback, int min, int max) {
        JsonNode n = body.path(field);
        if (n.isMissingNode() || n.isNull()) {
            return fallback;
        }
        if (!n.isIntegralNumber() || n.asLong() < min || n.asLong() > max) {
            throw ApiException.invalid("'" + field + "' must be an integer in [" + min + ", " + max + "]", field);
        }
        return n.asInt();
    }

    private static double doubleIn(JsonNode body, String field, double fallback, double min, double max) {
        JsonNode n = body.path(field);
        if (n.isMissingNode() || n.isNull()) {
            return fallback;
        }
        if (!n.isNumber() || n.asDouble() < min || n.asDouble() > max) {
            throw ApiException.invalid("'" + field + "' must be a number in [" + min + ", " + max + "]", field);
        }
        return n.asDouble();
    }

    SamplingParams withMaxTokens(int tokens) {
        return new SamplingParams(
                sampling.temperature(),
                sampling.topP(),
                sampling.topK(),
                sampling.seed(),
                tokens,
                sampling.stop(),
                sampling.logprobs());
    }
}
