package io.switchboard.platform.crm.internal;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * CRM integration settings ({@code switchboard.crm.*}).
 *
 * @param allowedHosts hosts (as written in the URL, e.g. {@code 127.0.0.1}) exempt from the address checks and from
 *     the https requirement; meant for tests and for a deliberately internal CRM, empty in production
 * @param timeout the longest one CRM request may take, connection included; a turn waits at most this long
 * @param connectTimeout the longest a TCP (and TLS) connection to a CRM may take to open
 * @param maxResponseSize the largest CRM response body read; a larger one counts as no answer
 * @param lookupThreads threads that resolve CRM host names when an integration is configured
 * @param breakerFailures calls in a row without an answer after which a tenant's CRM is not called for a while
 * @param breakerOpenFor how long a tenant's CRM is then not called (its turns hear "can't check right now" at once)
 */
@Validated
@ConfigurationProperties("switchboard.crm")
record CrmProperties(
        @NotNull @DefaultValue List<String> allowedHosts,
        @NotNull @DefaultValue("2s") Duration timeout,
        @NotNull @DefaultValue("1s") Duration connectTimeout,
        @NotNull @DefaultValue("64KB") DataSize maxResponseSize,
        @Min(1) @Max(64) @DefaultValue("4") int lookupThreads,
        @Min(1) @DefaultValue("3") int breakerFailures,
        @NotNull @DefaultValue("30s") Duration breakerOpenFor) {

    CrmProperties {
        allowedHosts = List.copyOf(allowedHosts);
        if (timeout.isNegative() || timeout.isZero() || connectTimeout.isNegative() || connectTimeout.isZero()) {
            throw new IllegalArgumentException("switchboard.crm timeouts must be positive");
        }
        if (maxResponseSize.toBytes() < 1024 || maxResponseSize.toBytes() > 16 * 1024 * 1024) {
            throw new IllegalArgumentException("switchboard.crm.max-response-size must be between 1KB and 16MB");
        }
    }
}
