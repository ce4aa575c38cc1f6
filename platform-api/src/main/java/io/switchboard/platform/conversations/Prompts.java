package io.switchboard.platform.conversations;

import io.switchboard.dialog.Dialog;
import io.switchboard.dialog.Exchange;
import io.switchboard.domains.core.PromptContext;
import io.switchboard.inference.ChatMessage;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds the model's messages for a turn: the system prompt (tenant persona and domain policy from the plugin),
 * the pinned facts and the running summary, then the recent turns of the window, then the user's redacted text.
 * Everything here is already redacted: the model never sees a raw PII value.
 */
final class Prompts {

    private Prompts() {}

    static List<ChatMessage> build(PromptContext context, Dialog dialog, String redactedUserText) {
        StringBuilder system = new StringBuilder(context.systemPrompt());
        if (!context.pinnedFacts().isEmpty()) {
            system.append("\n\nFacts the customer gave earlier (placeholders stand for private values):");
            context.pinnedFacts().forEach(f -> system.append("\n- ").append(f));
        }
        if (!dialog.summary().isBlank()) {
            system.append("\n\nSummary of the earlier conversation:\n").append(dialog.summary());
        }
        List<ChatMessage> messages = new ArrayList<>();
        messages.add(ChatMessage.system(system.toString()));
        for (Exchange e : dialog.window()) {
            messages.add(ChatMessage.user(e.user()));
            if (!e.reply().isEmpty()) {
                messages.add(ChatMessage.assistant(e.reply()));
            }
        }
        messages.add(ChatMessage.user(redactedUserText));
        return messages;
    }

    /** A rough token count (4 characters a token) for estimates made before the worker's tokenizer counts. */
    static int estimateTokens(String text) {
        return Math.max(1, (text.length() + 3) / 4);
    }
}
