package io.switchboard.platform.webhooks.internal;

import io.switchboard.platform.auth.Caller;
import io.switchboard.platform.net.Destinations;
import io.switchboard.platform.net.OutboundUrl;
import io.switchboard.platform.tenants.Tenants;
import io.switchboard.platform.web.ApiProblem;
import io.switchboard.platform.webhooks.EventType;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * A tenant's webhooks, for the operator or the tenant's {@code admin} key: the signing secret is shown once, at
 * creation and at rotation; URLs are checked against the SSRF rules before anything is stored.
 */
@RestController
@RequestMapping(path = "/admin/v1/tenants/{tenantId}/webhooks", produces = "application/json")
class WebhookAdminController {

    private final Subscriptions subscriptions;
    private final Deliveries deliveries;
    private final Destinations destinations;
    private final Tenants tenants;
    private final WebhooksProperties properties;

    WebhookAdminController(
            Subscriptions subscriptions,
            Deliveries deliveries,
            @Qualifier("webhookDestinations") Destinations destinations,
            Tenants tenants,
            WebhooksProperties properties) {
        this.subscriptions = subscriptions;
        this.deliveries = deliveries;
        this.destinations = destinations;
        this.tenants = tenants;
        this.properties = properties;
    }

    @PostMapping(consumes = "application/json")
    Mono<ResponseEntity<NewSecretView>> create(
            @PathVariable UUID tenantId, @Valid @RequestBody NewWebhook body, ServerWebExchange exchange) {
        Caller caller = Caller.of(exchange);
        caller.requireTenant(tenantId, "admin");
        List<String> types = eventTypes(body.eventTypes());
        return tenants.find(tenantId)
                .then(reachable(body.url()))
                .then(subscriptions.create(tenantId, body.url(), types, caller.actor()))
                .map(created -> ResponseEntity.created(URI.create("/admin/v1/tenants/" + tenantId + "/webhooks/"
                                + created.webhook().id()))
                        .body(NewSecretView.of(created)));
    }

    @GetMapping
    Mono<List<Webhook>> list(@PathVariable UUID tenantId, ServerWebExchange exchange) {
        Caller.of(exchange).requireTenant(tenantId, "admin");
        return tenants.find(tenantId).then(subscriptions.list(tenantId));
    }

    @GetMapping("/{webhookId}")
    Mono<Webhook> get(@PathVariable UUID tenantId, @PathVariable UUID webhookId, ServerWebExchange exchange) {
        Caller.of(exchange).requireTenant(tenantId, "admin");
        return subscriptions.find(tenantId, webhookId);
    }

    @PatchMapping(
            path = "/{webhookId}",
            consumes = {"application/json", "application/merge-patch+json"})
    Mono<Webhook> change(
            @PathVariable UUID tenantId,
            @PathVariable UUID webhookId,
            @Valid @RequestBody WebhookPatch body,
            ServerWebExchange exchange) {
        Caller caller = Caller.of(exchange);
        caller.requireTenant(tenantId, "admin");
        List<String> types = body.eventTypes() == null ? null : eventTypes(body.eventTypes());
        Mono<Void> urlChecked = body.url() == null ? Mono.empty() : reachable(body.url());
        return subscriptions
                .find(tenantId, webhookId)
                .then(urlChecked)
                .then(subscriptions.change(tenantId, webhookId, body.url(), types, body.active(), caller.actor()));
    }

    @DeleteMapping("/{webhookId}")
    Mono<ResponseEntity<Void>> delete(
            @PathVariable UUID tenantId, @PathVariable UUID webhookId, ServerWebExchange exchange) {
        Caller caller = Caller.of(exchange);
        caller.requireTenant(tenantId, "admin");
        return subscriptions.delete(tenantId, webhookId, caller.actor()).map(found -> {
            if (!found) {
                throw Subscriptions.notFound();
            }
            return ResponseEntity.noContent().<Void>build();
        });
    }

    @PostMapping("/{webhookId}/rotate-secret")
    Mono<NewSecretView> rotate(
            @PathVariable UUID tenantId,
            @PathVariable UUID webhookId,
            @Valid @RequestBody(required = false) @Nullable Rotation body,
            ServerWebExchange exchange) {
        Caller caller = Caller.of(exchange);
        caller.requireTenant(tenantId, "admin");
        Duration overlap = body == null || body.overlapSeconds() == null
                ? properties.rotationOverlap()
                : Duration.ofSeconds(body.overlapSeconds());
        return subscriptions
                .rotate(tenantId, webhookId, overlap, caller.actor())
                .map(NewSecretView::of);
    }

    @GetMapping("/{webhookId}/deliveries")
    Mono<Page<Delivery>> deliveries(
            @PathVariable UUID tenantId,
            @PathVariable UUID webhookId,
            @RequestParam(required = false) @Nullable @Pattern(regexp = "pending|delivered|failed") String status,
            @RequestParam(defaultValue = "0") @Min(0) int offset,
            @RequestParam(defaultValue = "50") @Min(1) @Max(200) int limit,
            ServerWebExchange exchange) {
        Caller.of(exchange).requireTenant(tenantId, "admin");
        return subscriptions
                .find(tenantId, webhookId)
                .then(deliveries.log(tenantId, webhookId, status, offset, limit))
                .map(items -> new Page<>(items, offset, limit));
    }

    private Mono<Void> reachable(String url) {
        return switch (OutboundUrl.parse(url)) {
            case OutboundUrl.Parsed.Invalid invalid -> Mono.error(ApiProblem.invalid("url", invalid.reason()));
            case OutboundUrl.Parsed.Valid valid ->
                destinations
                        .pinLater(valid.url())
                        .onErrorMap(Destinations.Refused.class, e -> ApiProblem.invalid("url", e.getMessage()))
                        .then();
        };
    }

    private static List<String> eventTypes(List<String> requested) {
        for (String type : requested) {
            if (EventType.fromId(type).isEmpty()) {
                throw ApiProblem.invalid(
                        "eventTypes",
                        "unknown event type '" + type + "'; known: "
                                + String.join(
                                        ", ",
                                        Arrays.stream(EventType.values())
                                                .map(EventType::id)
                                                .toList()));
            }
        }
        return List.copyOf(new LinkedHashSet<>(requested));
    }

    record NewWebhook(
            @NotBlank @Size(max = OutboundUrl.MAX_LENGTH) String url,
            @NotNull @Size(min = 1, max = 20) List<@NotBlank String> eventTypes) {}

    record WebhookPatch(
            @Nullable @Size(min = 1, max = OutboundUrl.MAX_LENGTH)
            String url,

            @Nullable @Size(min = 1, max = 20) List<@NotBlank String> eventTypes,
            @Nullable Boolean active) {}

    /** @param overlapSeconds how long the current secret keeps signing; the configured overlap when absent */
    record Rotation(@Nullable @Min(0) @Max(604_800) Long overlapSeconds) {}

    /** A webhook with its new secret: the only responses that carry a secret. */
    record NewSecretView(
            UUID id,
            String url,
            List<String> eventTypes,
            boolean active,
            String secret,
            Instant createdAt,
            @Nullable Instant previousSecretExpiresAt) {
        static NewSecretView of(Subscriptions.WithSecret created) {
            Webhook w = created.webhook();
            return new NewSecretView(
                    w.id(),
                    w.url(),
                    w.eventTypes(),
                    w.active(),
                    created.secret(),
                    w.createdAt(),
                    w.previousSecretExpiresAt());
        }
    }

    /** One page of a list. */
    record Page<T>(List<T> items, int offset, int limit) {}
}
