package io.switchboard.platform.conversations;

import java.util.Map;
import java.util.UUID;

/** What a client sees of a turn, in order: SSE events by {@link #name()}, or folded into one JSON reply. */
public sealed interface TurnEvent {

    /** The SSE event name. */
    String name();

    /** A piece of the reply's text, already filtered. */
    record Delta(String text) implements TurnEvent {
        public String name() {
            return "delta";
        }
    }

    /** The domain escalated (e.g. a medical red flag): the fixed safe message is the whole reply. */
    record Escalation(String reason, String message) implements TurnEvent {
        public String name() {
            return "escalation";
        }
    }

    /** A human was asked for, or owns the conversation: the bot stays silent. */
    record Handoff(String status, String message) implements TurnEvent {
        public String name() {
            return "handoff";
        }
    }

    /** Something the client must know about the conversation, e.g. {@code state_lost} (its context could not be restored). */
    record Notice(String code, String message) implements TurnEvent {
        public String name() {
            return "notice";
        }
    }

    /** The turn is saved: the last event of a successful turn. */
    record Done(UUID messageId, int turn, String action, Map<String, Integer> usage, Map<String, Long> timings)
            implements TurnEvent {
        public String name() {
            return "done";
        }
    }

    /** The turn failed after the stream began; {@code problem} is an RFC 9457 body. */
    record Error(Map<String, Object> problem) implements TurnEvent {
        public String name() {
            return "error";
        }
    }
}
