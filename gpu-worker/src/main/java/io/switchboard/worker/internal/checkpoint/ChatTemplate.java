package io.switchboard.worker.internal.checkpoint;

import com.hubspot.jinjava.Jinjava;
import com.hubspot.jinjava.JinjavaConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The checkpoint's Jinja chat template from {@code tokenizer_config.json}, rendered with Jinjava. */
public final class ChatTemplate {

    /** One chat message as the template sees it. */
    public record Message(String role, String content) {}

    private final Jinjava jinjava;
    private final String template;
    private final String bosToken;
    private final String eosToken;

    ChatTemplate(String template, String bosToken, String eosToken) {
        this.jinjava = new Jinjava(
                JinjavaConfig.newBuilder().withFailOnUnknownTokens(false).build());
        this.template = template;
        this.bosToken = bosToken;
        this.eosToken = eosToken;
    }

    public static ChatTemplate read(Path dir) {
        Path file = dir.resolve("tokenizer_config.json");
        if (!Files.exists(file)) {
            return new ChatTemplate(CheckpointMaker.CHAT_TEMPLATE, TokenizerMaker.BOS, TokenizerMaker.EOS);
        }
        try {
            JsonNode c = JsonMapper.shared().readTree(Files.readString(file));
            String template = c.path("chat_template").isString()
                    ? c.get("chat_template").asString()
                    : CheckpointMaker.CHAT_TEMPLATE;
            return new ChatTemplate(template, token(c.path("bos_token"), "<s>"), token(c.path("eos_token"), "</s>"));
        } catch (IOException e) {
            throw new CheckpointException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    private static String token(JsonNode node, String fallback) {
        if (node.isString()) {
            return node.asString();
        }
        return node.path("content").isString() ? node.get("content").asString() : fallback;
    }

    /** The prompt text for these messages, ending where the assistant's reply starts. */
    public String render(List<Message> messages) {
        Map<String, Object> context = new HashMap<>();
        context.put(
                "messages",
                messages.stream()
                        .map(m -> Map.of("role", m.role(), "content", m.content()))
                        .toList());
        context.put("bos_token", bosToken);
        context.put("eos_token", eosToken);
        context.put("add_generation_prompt", true);
        var result = jinjava.renderForResult(template, context);
        if (result.hasErrors()) {
            throw new CheckpointException(
                    "the chat template failed: " + result.getErrors().getFirst().getMessage());
        }
        return result.getOutput();
    }
}
