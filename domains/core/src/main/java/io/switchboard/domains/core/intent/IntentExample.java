package io.switchboard.domains.core.intent;

import java.util.Objects;

/** One labelled training sentence. */
public record IntentExample(String intent, String text) {

    public IntentExample {
        Objects.requireNonNull(intent, "intent");
        Objects.requireNonNull(text, "text");
        if (intent.isBlank() || text.isBlank()) {
            throw new IllegalArgumentException("an intent example needs an intent and a text");
        }
    }
}
