package io.switchboard.platform.crm.internal;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A tenant's CRM integration as the admin API shows it: never with its secret.
 *
 * @param kind {@code http} (the tenant's own server) or {@code demo} (the platform's demo directory)
 * @param baseUrl the server's base URL; absent for the demo
 */
record Integration(String kind, @Nullable String baseUrl, Instant createdAt, Instant updatedAt) {}
