package io.switchboard.dialog;

import java.util.Objects;
import java.util.UUID;

/**
 * One message of a turn, already redacted (PII replaced by placeholders), with its token count; the id is
 * minted before the turn is saved, so a replayed outbox entry writes nothing twice.
 */
public record Utterance(UUID id, String text, int tokens) {

    public Utterance {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        if (tokens < 0) {
            throw new InvalidTurnException("tokens must not be negative: " + tokens);
        }
    }
}
