package io.switchboard.platform.crm.internal;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.switchboard.domains.ecommerce.Order;
import io.switchboard.domains.ecommerce.OrderLookup;
import io.switchboard.domains.finance.IdentityClaim;
import io.switchboard.domains.finance.Verification;
import io.switchboard.platform.crm.BlockingLookups;
import io.switchboard.platform.net.Destinations;
import io.switchboard.platform.net.OutboundUrl;
import io.switchboard.platform.net.PinnedClient;
import io.switchboard.platform.net.Signatures;
import java.net.InetAddress;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.Exceptions;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The two calls of the CRM contract (docs/crm.md) against a tenant's own server: resolved and checked against the
 * SSRF rules, pinned, signed, bounded by the timeout, no redirect followed. It blocks the calling thread, so it runs
 * only inside {@link BlockingLookups#allow} (the domain scheduler) and refuses elsewhere before sending. Whatever goes wrong (refused
 * address, no connection, timeout, a status or a body outside the contract) is "unavailable", logged with the tenant
 * and the reason but never with the secret or the response body.
 */
final class CrmClient {

    private static final Logger log = LoggerFactory.getLogger(CrmClient.class);
    private static final Pattern CUSTOMER_REF = Pattern.compile("[\\x21-\\x7e]{1,128}");
    private static final Pattern STATUS = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N} _-]{0,63}");

    private final Destinations destinations;
    private final PinnedClient client;
    private final JsonMapper json;
    private final Clock clock;
    private final int maxBody;
    private final Duration timeout;
    private final MeterRegistry meters;
    private final CrmBreakers breakers;

    CrmClient(
            Destinations destinations,
            PinnedClient client,
            JsonMapper json,
            Clock clock,
            int maxBody,
            Duration timeout,
            MeterRegistry meters,
            CrmBreakers breakers) {
        this.destinations = destinations;
        this.client = client;
        this.json = json;
        this.clock = clock;
        this.maxBody = maxBody;
        this.timeout = timeout;
        this.meters = meters;
        this.breakers = breakers;
    }

    Verification verify(UUID tenantId, Connection.Http crm, IdentityClaim claim) {
        Map<String, String> request = new LinkedHashMap<>();
        request.put("dateOfBirth", claim.dateOfBirth().orElseThrow());
        request.put("lastFour", claim.lastFour().orElseThrow());
        long started = System.nanoTime();
        Verification result = call(tenantId, "verify", crm.verify(), crm.secret(), request)
                .map(answer -> answer.status() == 200
                        ? verification(tenantId, answer.body())
                        : unavailable(tenantId, "verify", "HTTP " + answer.status() + hint(answer.status())))
                .orElseGet(Verification::unavailable);
        measure("verify", result.status().name().toLowerCase(java.util.Locale.ROOT), started);
        return result;
    }

    OrderLookup order(UUID tenantId, Connection.Http crm, String number) {
        long started = System.nanoTime();
        OrderLookup result = call(tenantId, "order", crm.orders(), crm.secret(), Map.of("number", number))
                .map(answer -> switch (answer.status()) {
                    case 200 -> order(tenantId, number, answer.body());
                    case 404 -> OrderLookup.notFound();
                    default -> {
                        unavailable(tenantId, "order", "HTTP " + answer.status() + hint(answer.status()));
                        yield OrderLookup.unavailable();
                    }
                })
                .orElseGet(OrderLookup::unavailable);
        measure(
                "order",
                switch (result) {
                    case OrderLookup.Found f -> "found";
                    case OrderLookup.NotFound n -> "not_found";
                    case OrderLookup.Unavailable u -> "unavailable";
                },
                started);
        return result;
    }

    /** The CRM's answer, or empty (logged) when there is none to read. */
    private Optional<PinnedClient.Response> call(
            UUID tenantId, String operation, OutboundUrl url, String secret, Map<String, String> request) {
        if (!BlockingLookups.allowed()) {
            throw new BlockingLookups.Refused();
        }
        if (!breakers.allow(tenantId, url.url())) {
            log.debug(
                    "CRM of tenant {} not called for '{}': it failed repeatedly, the breaker is open",
                    tenantId,
                    operation);
            return Optional.empty();
        }
        try {
            InetAddress pinned = destinations.pin(url);
            String body = json.writeValueAsString(request);
            String signature = Signatures.header(clock.instant().getEpochSecond(), body, List.of(secret));
            PinnedClient.Response response = client.exchange(
                            url, pinned, Map.of(Signatures.HEADER, signature), body, maxBody)
                    .block(timeout.plusSeconds(1));
            if (response == null || response.status() >= 500) {
                breakers.failed(tenantId, url.url());
            } else {
                breakers.succeeded(tenantId, url.url());
            }
            if (response == null) {
                unavailable(tenantId, operation, "no response");
            }
            return Optional.ofNullable(response);
        } catch (Destinations.Refused e) {
            breakers.failed(tenantId, url.url());
            unavailable(tenantId, operation, "refused: " + e.getMessage());
        } catch (RuntimeException e) {
            breakers.failed(tenantId, url.url());
            unavailable(tenantId, operation, describe(e));
        }
        return Optional.empty();
    }

    private Verification verification(UUID tenantId, String body) {
        try {
            VerifyAnswer answer = json.readValue(body, VerifyAnswer.class);
            if (answer.verified() == null) {
                return unavailable(tenantId, "verify", "the answer has no boolean 'verified'");
            }
            if (!answer.verified()) {
                return Verification.failed();
            }
            if (answer.customerRef() == null
                    || !CUSTOMER_REF.matcher(answer.customerRef()).matches()) {
                return unavailable(tenantId, "verify", "a verified answer without a valid 'customerRef'");
            }
            return Verification.verified(answer.customerRef());
        } catch (JacksonException e) {
            return unavailable(tenantId, "verify", "the answer is not the contract's JSON");
        }
    }

    private OrderLookup order(UUID tenantId, String number, String body) {
        try {
            OrderAnswer answer = json.readValue(body, OrderAnswer.class);
            if (answer.status() == null || !STATUS.matcher(answer.status()).matches()) {
                unavailable(tenantId, "order", "the answer has no valid 'status'");
                return OrderLookup.unavailable();
            }
            Optional<LocalDate> delivered = answer.deliveredOn() == null
                    ? Optional.empty()
                    : Optional.of(LocalDate.parse(answer.deliveredOn()));
            return OrderLookup.found(new Order(number, answer.status(), delivered));
        } catch (JacksonException | DateTimeParseException e) {
            unavailable(tenantId, "order", "the answer is not the contract's JSON");
            return OrderLookup.unavailable();
        }
    }

    private static Verification unavailable(UUID tenantId, String operation, String reason) {
        log.warn("CRM of tenant {} could not answer '{}': {}", tenantId, operation, reason);
        return Verification.unavailable();
    }

    private static String hint(int status) {
        if (status == 401 || status == 403) {
            return " (does the CRM hold the same shared secret?)";
        }
        return status >= 300 && status < 400 ? " (redirects are not followed)" : "";
    }

    private static String describe(RuntimeException e) {
        Throwable cause = Exceptions.unwrap(e);
        return switch (cause) {
            case java.util.concurrent.TimeoutException t -> "no answer within the timeout";
            case io.netty.handler.timeout.ReadTimeoutException t -> "no answer within the timeout";
            case PinnedClient.TooLarge t -> t.getMessage();
            default ->
                "connection failed: "
                        + (cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage());
        };
    }

    /** {@code switchboard.crm.requests}: CRM calls by operation and outcome, with their latency. */
    private void measure(String operation, String outcome, long startedNanos) {
        Timer.builder("switchboard.crm.requests")
                .tag("operation", operation)
                .tag("outcome", outcome)
                .register(meters)
                .record(Duration.ofNanos(System.nanoTime() - startedNanos));
    }

    /** The verify endpoint's answer. */
    record VerifyAnswer(
            @Nullable Boolean verified, @Nullable String customerRef) {}

    /** The orders endpoint's answer; the order number is the one asked for. */
    record OrderAnswer(@Nullable String status, @Nullable String deliveredOn) {}
}
