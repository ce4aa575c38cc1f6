package io.switchboard.worker.internal.http;

import io.switchboard.worker.internal.runtime.Completion;
import io.switchboard.worker.internal.runtime.TokenEvent;
import java.util.List;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** OpenAI wire objects: completions, chunks, usage and errors. */
final class Responses {

    private static final JsonMapper JSON = JsonMapper.shared();

    private final String id;
    private final String model;
    private final long created = System.currentTimeMillis() / 1000;
    private final boolean chat;

    Responses(String id, String model, boolean chat) {
        this.id = id;
        this.model = model;
        this.chat = chat;
    }

    static String error(ApiException e) {
        ObjectNode root = JSON.createObjectNode();
        ObjectNode err = root.putObject("error");
        err.put("message", e.getMessage());
        err.put("type", e.type);
        if (e.param == null) {
            err.putNull("param");
        } else {
            err.put("param", e.param);
        }
        err.put("code", e.code);
        return root.toString();
    }

    private ObjectNode envelope(boolean chunk) {
        ObjectNode root = JSON.createObjectNode();
        root.put("id", id);
        root.put("object", chat ? (chunk ? "chat.completion.chunk" : "chat.completion") : "text_completion");
        root.put("created", created);
        root.put("model", model);
        return root;
    }

    static ObjectNode usage(Completion c) {
        return JSON.createObjectNode()
                .put("prompt_tokens", c.promptTokens())
                .put("completion_tokens", c.completionTokens())
                .put("total_tokens", c.totalTokens());
    }

    /** A streamed chunk for one token; the chat's first chunk also carries the assistant role. */
    String tokenChunk(TokenEvent t, boolean first) {
        ObjectNode root = envelope(true);
        ObjectNode choice = root.putArray("choices").addObject();
        choice.put("index", 0);
        if (chat) {
            ObjectNode delta = choice.putObject("delta");
            if (first) {
                delta.put("role", "assistant");
            }
            delta.put("content", t.text());
        } else {
            choice.put("text", t.text());
            if (t.tokenId() >= 0) {
                choice.putArray("token_ids").add(t.tokenId());
            }
        }
        logprobs(choice, List.of(t));
        choice.putNull("finish_reason");
        return root.toString();
    }

    String finishChunk(Completion c) {
        ObjectNode root = envelope(true);
        ObjectNode choice = root.putArray("choices").addObject();
        choice.put("index", 0);
        if (chat) {
            choice.putObject("delta");
        } else {
            choice.put("text", "");
        }
        choice.putNull("logprobs");
        choice.put("finish_reason", c.finishReason());
        root.set("usage", usage(c));
        return root.toString();
    }

    String usageChunk(Completion c) {
        ObjectNode root = envelope(true);
        root.putArray("choices");
        root.set("usage", usage(c));
        return root.toString();
    }

    String whole(List<TokenEvent> tokens, Completion c) {
        ObjectNode root = envelope(false);
        ObjectNode choice = root.putArray("choices").addObject();
        choice.put("index", 0);
        StringBuilder text = new StringBuilder();
        tokens.forEach(t -> text.append(t.text()));
        if (chat) {
            choice.putObject("message").put("role", "assistant").put("content", text.toString());
        } else {
            choice.put("text", text.toString());
            ArrayNode ids = choice.putArray("token_ids");
            tokens.stream().filter(t -> t.tokenId() >= 0).forEach(t -> ids.add(t.tokenId()));
        }
        logprobs(choice, tokens.stream().filter(t -> t.tokenId() >= 0).toList());
        choice.put("finish_reason", c.finishReason());
        root.set("usage", usage(c));
        return root.toString();
    }

    private void logprobs(ObjectNode choice, List<TokenEvent> tokens) {
        if (tokens.isEmpty() || tokens.getFirst().logprob() == null) {
            choice.putNull("logprobs");
            return;
        }
        ObjectNode lp = choice.putObject("logprobs");
        if (chat) {
            ArrayNode content = lp.putArray("content");
            for (TokenEvent t : tokens) {
                ObjectNode entry = content.addObject().put("token", t.text()).put("logprob", t.logprob());
                ArrayNode top = entry.putArray("top_logprobs");
                t.topLogprobs()
                        .forEach((tok, p) -> top.addObject().put("token", tok).put("logprob", p));
            }
        } else {
            ArrayNode toks = lp.putArray("tokens");
            ArrayNode probs = lp.putArray("token_logprobs");
            ArrayNode tops = lp.putArray("top_logprobs");
            for (TokenEvent t : tokens) {
                toks.add(t.text());
                probs.add(t.logprob());
                ObjectNode top = tops.addObject();
                t.topLogprobs().forEach(top::put);
            }
        }
    }
}
