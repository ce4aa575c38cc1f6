package io.switchboard.domains.core.pii;

import io.switchboard.domains.core.pii.internal.Masks;
import java.util.Objects;

/**
 * A value that a placeholder stands for. The original goes to the {@link SecretVault} and nowhere else: never to a
 * model, a transcript or a log ({@link #toString()} leaves it out).
 */
public record RedactedValue(String placeholder, PiiType type, String original) {

    public RedactedValue {
        Objects.requireNonNull(placeholder, "placeholder");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(original, "original");
    }

    /** What may be shown to the customer, e.g. {@code 411111******1111} for a card (at most BIN and last four). */
    public String masked() {
        return Masks.of(type, original);
    }

    @Override
    public String toString() {
        return "RedactedValue[placeholder=" + placeholder + ", type=" + type + ", masked=" + masked() + "]";
    }
}
