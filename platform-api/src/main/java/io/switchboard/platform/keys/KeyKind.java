package io.switchboard.platform.keys;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Secret keys are for servers (CRM integrations, admin); publishable keys may sit in a web page. */
public enum KeyKind {
    SECRET("sk_live_"),
    PUBLISHABLE("pk_live_");

    private final String prefix;

    KeyKind(String prefix) {
        this.prefix = prefix;
    }

    public String prefix() {
        return prefix;
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<KeyKind> fromId(String id) {
        return Arrays.stream(values()).filter(k -> k.id().equals(id)).findFirst();
    }

    public static Optional<KeyKind> ofKey(String key) {
        return Arrays.stream(values()).filter(k -> key.startsWith(k.prefix)).findFirst();
    }
}
