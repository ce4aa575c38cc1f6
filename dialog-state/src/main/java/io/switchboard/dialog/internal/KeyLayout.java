package io.switchboard.dialog.internal;

import io.switchboard.dialog.ConversationKey;

/**
 * Where a conversation lives in Redis: {@code <prefix>:<tenantId>:conv:<conversationId>:<part>}, plus one outbox
 * stream per prefix; the prefix lets environments (and tests) share a server without seeing each other.
 */
record KeyLayout(String prefix) {

    KeyLayout {
        if (prefix.isBlank() || prefix.contains(" ")) {
            throw new IllegalArgumentException("key prefix must be non-blank and without spaces: '" + prefix + "'");
        }
    }

    String meta(ConversationKey key) {
        return conversation(key) + "meta";
    }

    String window(ConversationKey key) {
        return conversation(key) + "window";
    }

    String summary(ConversationKey key) {
        return conversation(key) + "summary";
    }

    /** Turns of the conversation appended to the outbox and not yet acknowledged by the transcript writer. */
    String unsynced(ConversationKey key) {
        return conversation(key) + "unsynced";
    }

    /** The lease of the turn in progress ({@code Dialogs.begin}), holding that turn's token. */
    String turn(ConversationKey key) {
        return conversation(key) + "turn";
    }

    String erased(ConversationKey key) {
        return conversation(key) + "erased";
    }

    String outbox() {
        return prefix + ":outbox";
    }

    String deadLetters() {
        return prefix + ":outbox:dead";
    }

    String writerGroup() {
        return prefix + ":transcript-writers";
    }

    private String conversation(ConversationKey key) {
        return prefix + ":" + key.tenantId() + ":conv:" + key.conversationId() + ":";
    }
}
