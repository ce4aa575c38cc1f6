package io.switchboard.platform.keys;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** What the platform knows of a key: never the key itself. */
public record ApiKey(
        UUID id,
        UUID tenantId,
        KeyKind kind,
        String displayPrefix,
        Set<String> scopes,
        List<String> allowedOrigins,
        Instant createdAt,
        @Nullable Instant lastUsedAt,
        @Nullable Instant revokedAt,
        boolean tenantActive) {

    public boolean usable() {
        return revokedAt == null && tenantActive;
    }
}
