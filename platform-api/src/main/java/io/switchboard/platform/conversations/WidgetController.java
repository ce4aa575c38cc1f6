package io.switchboard.platform.conversations;

import io.switchboard.platform.keys.ApiKey;
import io.switchboard.platform.web.ApiProblem;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * The chat widget's API: a page opens a session with the tenant's publishable key from an allowed origin and
 * gets a short-lived token for that one conversation; anonymous traffic is rate-limited per address and session.
 */
@RestController
@RequestMapping(
        path = "/widget/v1",
        produces = {"application/json", "text/event-stream"})
class WidgetController {

    private final WidgetOrigins origins;
    private final WidgetTokens tokens;
    private final WidgetLimits limits;
    private final Conversations conversations;
    private final ChatSender sender;
    private final TurnSideEffects effects;

    WidgetController(
            WidgetOrigins origins,
            WidgetTokens tokens,
            WidgetLimits limits,
            Conversations conversations,
            ChatSender sender,
            TurnSideEffects effects) {
        this.origins = origins;
        this.tokens = tokens;
        this.limits = limits;
        this.conversations = conversations;
        this.sender = sender;
        this.effects = effects;
    }

    @PostMapping("/sessions")
    Mono<ResponseEntity<SessionView>> open(
            @RequestParam String key,
            @Valid @RequestBody(required = false) @Nullable NewSession body,
            ServerWebExchange exchange) {
        String origin = requireOrigin(exchange);
        return limits.perAddress(address(exchange)).then(origins.key(exchange)).flatMap(found -> {
            ApiKey pk = found.orElseThrow(() -> ApiProblem.unauthenticated("The publishable key is not valid"));
            if (!WidgetOrigins.allows(pk, origin)) {
                throw ApiProblem.forbidden("This origin may not use this widget");
            }
            String customerRef = body == null ? null : body.customerRef();
            return conversations
                    .open(pk.tenantId(), customerRef, "widget", Map.of("origin", origin), pk.id())
                    .flatMap(c -> effects.opened(c).thenReturn(c))
                    .map(c -> {
                        WidgetTokens.Session session = tokens.issue(pk.tenantId(), c.id(), pk.id());
                        return ResponseEntity.created(URI.create("/widget/v1/conversations/" + c.id()))
                                .body(new SessionView(c.id(), tokens.encode(session), session.expiresAt()));
                    });
        });
    }

    @PostMapping(path = "/conversations/{id}/messages", consumes = "application/json")
    Mono<ResponseEntity<?>> send(
            @PathVariable UUID id,
            @Valid @RequestBody ConversationController.NewMessage body,
            @RequestHeader(name = "Idempotency-Key", required = false) @Nullable String idempotencyKey,
            @RequestHeader(name = HttpHeaders.ACCEPT, required = false) @Nullable String accept,
            ServerWebExchange exchange) {
        return session(id, exchange)
                .flatMap(s -> limits.perSession(id.toString())
                        .then(limits.perAddress(address(exchange)))
                        .thenReturn(s))
                .flatMap(s -> sender.send(
                        s.tenantId(), id, body.content(), ChatSender.wantsEventStream(accept), idempotencyKey));
    }

    @GetMapping("/conversations/{id}/messages")
    Mono<TranscriptPage> messages(
            @PathVariable UUID id, @RequestParam(defaultValue = "0") @Min(0) int after, ServerWebExchange exchange) {
        return session(id, exchange).flatMap(s -> conversations.messages(s.tenantId(), id, after, 50));
    }

    /** The widget session of this request: a genuine token for this conversation, from an allowed origin. */
    private Mono<WidgetTokens.Session> session(UUID conversationId, ServerWebExchange exchange) {
        String header = exchange.getRequest().getHeaders().getFirst(HttpHeaders.AUTHORIZATION);
        String token = header != null && header.startsWith("Bearer ")
                ? header.substring(7).trim()
                : "";
        WidgetTokens.Session s = tokens.decode(token)
                .orElseThrow(() -> ApiProblem.unauthenticated("A valid widget session token is required"));
        if (!s.conversationId().equals(conversationId)) {
            throw ApiProblem.notFound("Conversation");
        }
        String origin = exchange.getRequest().getHeaders().getOrigin();
        return origins.key(exchange).map(found -> {
            ApiKey pk = found.filter(k -> k.id().equals(s.keyId()))
                    .orElseThrow(() -> ApiProblem.unauthenticated("The widget's key was revoked"));
            if (origin != null && !WidgetOrigins.allows(pk, origin)) {
                throw ApiProblem.forbidden("This origin may not use this widget");
            }
            return s;
        });
    }

    private static String requireOrigin(ServerWebExchange exchange) {
        String origin = exchange.getRequest().getHeaders().getOrigin();
        if (origin == null) {
            throw ApiProblem.forbidden("Widget sessions are opened from a web page (an Origin header is required)");
        }
        return origin;
    }

    private static String address(ServerWebExchange exchange) {
        InetSocketAddress remote = exchange.getRequest().getRemoteAddress();
        return remote == null || remote.getAddress() == null
                ? "unknown"
                : remote.getAddress().getHostAddress();
    }

    record NewSession(@Nullable @Size(max = 200) String customerRef) {}

    record SessionView(UUID conversationId, String token, Instant expiresAt) {}
}
