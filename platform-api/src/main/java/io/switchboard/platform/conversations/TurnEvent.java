package io.switchboard.platform.conversations;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** What a client sees of a turn, in order: SSE events by {@link #name()}, or folded into one JSON reply. */
public sealed interface TurnEvent {

    /** The SSE event name. */
    String name();

    /** The event's JSON body, as the SSE {@code data} line and the stored idempotent answer carry it. */
    Map<String, Object> data();

    /** A piece of the reply's text, already filtered. */
    record Delta(String text) implements TurnEvent {
        public String name() {
            return "delta";
        }

        public Map<String, Object> data() {
            return Map.of("text", text);
        }
    }

    /** The domain escalated (e.g. a medical red flag): the fixed safe message is the whole reply. */
    record Escalation(String reason, String message) implements TurnEvent {
        public String name() {
            return "escalation";
        }

        public Map<String, Object> data() {
            return ordered("reason", reason, "message", message);
        }
    }

    /** A human was asked for, or owns the conversation: the bot stays silent. */
    record Handoff(String status, String message) implements TurnEvent {
        public String name() {
            return "handoff";
        }

        public Map<String, Object> data() {
            return ordered("status", status, "message", message);
        }
    }

    /** Something the client must know about the conversation, e.g. {@code state_lost} (its context could not be restored). */
    record Notice(String code, String message) implements TurnEvent {
        public String name() {
            return "notice";
        }

        public Map<String, Object> data() {
            return ordered("code", code, "message", message);
        }
    }

    /** The turn is saved: the last event of a successful turn. */
    record Done(UUID messageId, int turn, String action, Map<String, Integer> usage, Map<String, Long> timings)
            implements TurnEvent {
        public String name() {
            return "done";
        }

        public Map<String, Object> data() {
            Map<String, Object> data = ordered("messageId", messageId.toString(), "turn", turn);
            data.put("action", action);
            data.put("usage", usage);
            data.put("timings", timings);
            return data;
        }
    }

    /** The turn failed after the stream began; {@code problem} is an RFC 9457 body. */
    record Error(Map<String, Object> problem) implements TurnEvent {
        public String name() {
            return "error";
        }

        public Map<String, Object> data() {
            return Map.of("problem", problem);
        }
    }

    private static Map<String, Object> ordered(String k1, Object v1, String k2, Object v2) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put(k1, v1);
        data.put(k2, v2);
        return data;
    }
}
