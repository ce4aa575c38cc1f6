package io.switchboard.domains.core.pii;

import java.util.List;
import java.util.Objects;

/**
 * A text with its PII replaced by placeholders, the values behind the placeholders it uses (once each, in order of
 * first appearance) and the conversation's book after this text.
 */
public record Redaction(String text, List<RedactedValue> values, PlaceholderBook book) {

    public Redaction {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(book, "book");
        values = List.copyOf(values);
    }
}
