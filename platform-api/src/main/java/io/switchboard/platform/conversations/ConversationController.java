package io.switchboard.platform.conversations;

import io.switchboard.dialog.ConversationKey;
import io.switchboard.dialog.Dialogs;
import io.switchboard.platform.auth.Caller;
import io.switchboard.platform.web.ApiProblem;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
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

/** The conversation API for a tenant's servers (CRM integrations): a secret key with the {@code chat} scope. */
@RestController
@RequestMapping(
        path = "/v1/conversations",
        produces = {"application/json", "text/event-stream"})
class ConversationController {

    private final Conversations conversations;
    private final ChatSender sender;
    private final Dialogs dialogs;
    private final TurnSideEffects effects;

    ConversationController(Conversations conversations, ChatSender sender, Dialogs dialogs, TurnSideEffects effects) {
        this.conversations = conversations;
        this.sender = sender;
        this.dialogs = dialogs;
        this.effects = effects;
    }

    @PostMapping(consumes = "application/json")
    Mono<ResponseEntity<Conversation>> open(
            @Valid @RequestBody(required = false) @Nullable NewConversation body, ServerWebExchange exchange) {
        UUID tenant = chatTenant(exchange);
        NewConversation request = body == null ? new NewConversation(null, null, null) : body;
        return conversations
                .open(
                        tenant,
                        request.customerRef(),
                        request.channel() == null ? "api" : request.channel(),
                        request.metadata() == null ? Map.of() : request.metadata(),
                        null)
                .flatMap(c -> effects.opened(c).thenReturn(c))
                .map(c -> ResponseEntity.created(URI.create("/v1/conversations/" + c.id()))
                        .body(c));
    }

    @GetMapping("/{id}")
    Mono<Conversation> get(@PathVariable UUID id, ServerWebExchange exchange) {
        return conversations.find(chatTenant(exchange), id);
    }

    @GetMapping("/{id}/messages")
    Mono<TranscriptPage> messages(
            @PathVariable UUID id,
            @RequestParam(defaultValue = "0") @Min(0) int after,
            @RequestParam(defaultValue = "50") @Min(1) @Max(200) int turns,
            ServerWebExchange exchange) {
        UUID tenant = chatTenant(exchange);
        return conversations.find(tenant, id).then(conversations.messages(tenant, id, after, turns));
    }

    @PostMapping(path = "/{id}/messages", consumes = "application/json")
    Mono<ResponseEntity<?>> send(
            @PathVariable UUID id,
            @Valid @RequestBody NewMessage body,
            @RequestHeader(name = "Idempotency-Key", required = false) @Nullable String idempotencyKey,
            @RequestHeader(name = HttpHeaders.ACCEPT, required = false) @Nullable String accept,
            ServerWebExchange exchange) {
        boolean sse = ChatSender.wantsEventStream(accept);
        return sender.send(chatTenant(exchange), id, body.content(), sse, idempotencyKey);
    }

    @PostMapping("/{id}/handoff")
    Mono<Conversation> handoff(@PathVariable UUID id, ServerWebExchange exchange) {
        UUID tenant = chatTenant(exchange);
        return conversations
                .move(tenant, id, ConversationStatus.HANDOFF_REQUESTED, null)
                .flatMap(c -> effects.statusChanged(c, "api").thenReturn(c));
    }

    /** A human agent answers; the first agent message takes the conversation over from the bot. */
    @PostMapping(path = "/{id}/agent-messages", consumes = "application/json")
    Mono<ResponseEntity<TranscriptMessage>> agentMessage(
            @PathVariable UUID id, @Valid @RequestBody AgentMessage body, ServerWebExchange exchange) {
        UUID tenant = chatTenant(exchange);
        return conversations.find(tenant, id).flatMap(current -> {
            if (current.status() == ConversationStatus.BOT) {
                throw new ApiProblem(
                        io.switchboard.platform.web.ProblemType.CONFLICT,
                        "Request a hand-off before an agent answers",
                        Map.of("status", current.status().id()));
            }
            Mono<Conversation> owned = current.status() == ConversationStatus.AGENT
                    ? Mono.just(current)
                    : conversations
                            .move(tenant, id, ConversationStatus.AGENT, body.agentRef())
                            .flatMap(c -> effects.statusChanged(c, "agent").thenReturn(c));
            return owned.then(dialogs.load(ConversationKey.of(tenant, id)))
                    .flatMap(dialog -> conversations.addAgentMessage(
                            tenant, id, dialog.counters().turns(), body.content()))
                    .map(m -> ResponseEntity.status(201).body(m));
        });
    }

    @PostMapping("/{id}/close")
    Mono<Conversation> close(@PathVariable UUID id, ServerWebExchange exchange) {
        UUID tenant = chatTenant(exchange);
        return conversations
                .move(tenant, id, ConversationStatus.CLOSED, null)
                .flatMap(c -> dialogs.load(ConversationKey.of(tenant, id))
                        .map(d -> d.counters().turns())
                        .onErrorReturn(0)
                        .flatMap(turns -> effects.closed(c, turns))
                        .thenReturn(c));
    }

    /** Erasure: the conversation leaves Redis, the outbox and PostgreSQL. */
    @DeleteMapping("/{id}")
    Mono<ResponseEntity<Void>> erase(@PathVariable UUID id, ServerWebExchange exchange) {
        UUID tenant = chatTenant(exchange);
        return conversations
                .find(tenant, id)
                .then(dialogs.erase(ConversationKey.of(tenant, id)))
                .then(conversations.delete(tenant, id))
                .thenReturn(ResponseEntity.noContent().build());
    }

    private static UUID chatTenant(ServerWebExchange exchange) {
        return switch (Caller.of(exchange)) {
            case Caller.TenantKey k when k.scopes().contains("chat") -> k.tenantId();
            case Caller.TenantKey k -> throw ApiProblem.forbidden("This key lacks the 'chat' scope");
            case Caller.Operator o ->
                throw ApiProblem.forbidden("Conversations belong to tenants: use a tenant's secret key");
        };
    }

    record NewConversation(
            @Nullable @Size(max = 200) String customerRef,

            @Nullable
            @Pattern(regexp = "api|widget|email|sms|voice", message = "must be api, widget, email, sms or voice")
            String channel,

            @Nullable @Size(max = 50) Map<String, Object> metadata) {}

    record NewMessage(@NotBlank @Size(max = 8000) String content) {}

    record AgentMessage(
            @NotBlank @Size(max = 8000) String content,
            @Nullable @Size(max = 200) String agentRef) {}
}
