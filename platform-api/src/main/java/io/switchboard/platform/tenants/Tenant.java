package io.switchboard.platform.tenants;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A business that puts Switchboard in front of its customers. */
public record Tenant(
        UUID id,
        String name,
        String plan,
        String domain,
        @Nullable String persona,
        String status,
        Instant createdAt,
        Instant updatedAt) {}
