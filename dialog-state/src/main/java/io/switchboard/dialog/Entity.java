package io.switchboard.dialog;

import java.util.Objects;

/** An entity extracted from a turn (already redacted where it is personal data), kept in the transcript. */
public record Entity(String type, String value) {

    public Entity {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(value, "value");
    }
}
