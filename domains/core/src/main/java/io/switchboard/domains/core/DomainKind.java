package io.switchboard.domains.core;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The domains a tenant can choose; the id is what the API and the database carry. */
public enum DomainKind {
    FINANCE,
    ECOMMERCE,
    MEDICAL;

    private final String id = name().toLowerCase(Locale.ROOT);

    public String id() {
        return id;
    }

    public static Optional<DomainKind> fromId(String id) {
        return Arrays.stream(values()).filter(d -> d.id().equals(id)).findFirst();
    }
}
