package io.switchboard.domains.core;

import java.util.Objects;

/**
 * The flow's verdict on a turn: for every action but {@link Action#ANSWER} the message is a fixed text that the
 * platform sends as is, without calling the model.
 */
public record Decision(Action action, String reason, String message) {

    public Decision {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(message, "message");
        if (action != Action.ANSWER && message.isBlank()) {
            throw new IllegalArgumentException(action + " needs a fixed message");
        }
    }

    public static Decision answer(String reason) {
        return new Decision(Action.ANSWER, reason, "");
    }

    public static Decision ask(String reason, String question) {
        return new Decision(Action.ASK, reason, question);
    }

    public static Decision refuse(String reason, String message) {
        return new Decision(Action.REFUSE, reason, message);
    }

    public static Decision escalate(String reason, String message) {
        return new Decision(Action.ESCALATE, reason, message);
    }

    public static Decision handoff(String reason, String message) {
        return new Decision(Action.HANDOFF, reason, message);
    }

    /** True only when the model may write the reply. */
    public boolean usesModel() {
        return action == Action.ANSWER;
    }
}
