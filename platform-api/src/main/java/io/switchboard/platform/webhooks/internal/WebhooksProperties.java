package io.switchboard.platform.webhooks.internal;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Webhook settings ({@code switchboard.webhooks.*}).
 *
 * @param dispatcherEnabled whether this replica delivers queued events (publishing works either way)
 * @param allowedHosts hosts (as written in the URL, e.g. {@code 127.0.0.1}) exempt from the address checks;
 *     meant for tests and for a deliberately internal receiver, empty in production
 * @param maxAttempts attempts per delivery before it is marked {@code failed}
 * @param initialBackoff delay before the second attempt; each later delay doubles (see backoffMultiplier)
 * @param maxBackoff the longest delay between two attempts
 * @param backoffMultiplier growth of the delay per attempt
 * @param attemptTimeout the longest one attempt may take, connection included
 * @param connectTimeout the longest a TCP (and TLS) connection may take to open
 * @param rotationOverlap how long the previous secret keeps signing after a rotation
 * @param pollInterval how often the dispatcher looks for due deliveries (publishing also wakes it at once)
 * @param batchSize deliveries claimed per database round trip
 * @param concurrency deliveries in flight at once on this replica
 * @param maxPerTenant webhooks one tenant may have
 * @param subscriptionCacheTtl how long a replica caches which event types a tenant subscribes to; bounds how late
 *     another replica's new subscription starts receiving events
 */
@Validated
@ConfigurationProperties("switchboard.webhooks")
record WebhooksProperties(
        @DefaultValue("true") boolean dispatcherEnabled,
        @NotNull @DefaultValue List<String> allowedHosts,
        @Min(1) @Max(50) @DefaultValue("12") int maxAttempts,
        @NotNull @DefaultValue("10s") Duration initialBackoff,
        @NotNull @DefaultValue("1h") Duration maxBackoff,
        @DecimalMin("1.0") @DefaultValue("2.0") double backoffMultiplier,
        @NotNull @DefaultValue("10s") Duration attemptTimeout,
        @NotNull @DefaultValue("5s") Duration connectTimeout,
        @NotNull @DefaultValue("24h") Duration rotationOverlap,
        @NotNull @DefaultValue("1s") Duration pollInterval,
        @Min(1) @Max(1000) @DefaultValue("50") int batchSize,
        @Min(1) @Max(1000) @DefaultValue("16") int concurrency,
        @Min(1) @Max(1000) @DefaultValue("20") int maxPerTenant,
        @NotNull @DefaultValue("2s") Duration subscriptionCacheTtl) {

    WebhooksProperties {
        allowedHosts = List.copyOf(allowedHosts); // normalized where they are used, in Destinations
        if (initialBackoff.isNegative() || initialBackoff.isZero()) {
            throw new IllegalArgumentException("switchboard.webhooks.initial-backoff must be positive");
        }
        if (maxBackoff.compareTo(initialBackoff) < 0) {
            throw new IllegalArgumentException("switchboard.webhooks.max-backoff must be at least initial-backoff");
        }
        if (attemptTimeout.isNegative()
                || attemptTimeout.isZero()
                || connectTimeout.isNegative()
                || connectTimeout.isZero()) {
            throw new IllegalArgumentException("switchboard.webhooks timeouts must be positive");
        }
        if (pollInterval.isNegative() || pollInterval.isZero() || rotationOverlap.isNegative()) {
            throw new IllegalArgumentException(
                    "switchboard.webhooks.poll-interval must be positive and rotation-overlap not negative");
        }
    }

    /** How long a claimed delivery stays invisible to other replicas: longer than any attempt can take. */
    Duration claimLease() {
        return attemptTimeout.plus(connectTimeout).plusSeconds(30);
    }
}
