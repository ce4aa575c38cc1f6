package io.switchboard.platform.conversations;

import java.util.Locale;
import java.util.Set;

/**
 * Who answers a conversation: the bot, nobody yet (a human was asked for), a human agent, or nobody ever again.
 * The allowed moves are the hand-off rules; nothing else can change a status.
 */
public enum ConversationStatus {
    BOT,
    HANDOFF_REQUESTED,
    AGENT,
    CLOSED;

    @com.fasterxml.jackson.annotation.JsonValue
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ConversationStatus of(String id) {
        return valueOf(id.toUpperCase(Locale.ROOT));
    }

    /** The statuses from which a move to {@code this} is allowed. */
    public Set<ConversationStatus> allowedFrom() {
        return switch (this) {
            case BOT -> Set.of();
            case HANDOFF_REQUESTED -> Set.of(BOT);
            case AGENT -> Set.of(HANDOFF_REQUESTED, AGENT);
            case CLOSED -> Set.of(BOT, HANDOFF_REQUESTED, AGENT);
        };
    }

    /** The bot answers only in this status; while a human is asked for or present, it stays silent. */
    public boolean botAnswers() {
        return this == BOT;
    }
}
