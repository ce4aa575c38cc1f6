package io.switchboard.platform.conversations;

import io.switchboard.dialog.ConversationKey;
import io.switchboard.dialog.Dialog;
import io.switchboard.dialog.Dialogs;
import io.switchboard.dialog.Origin;
import io.switchboard.dialog.Turn;
import io.switchboard.dialog.Utterance;
import io.switchboard.domains.core.DomainPipeline;
import io.switchboard.domains.core.Domains;
import io.switchboard.domains.core.InboundResult;
import io.switchboard.domains.core.OutboundStream;
import io.switchboard.inference.ChatChunk;
import io.switchboard.inference.ChatCompletions;
import io.switchboard.inference.ChatRequest;
import io.switchboard.platform.profiles.TenantProfile;
import io.switchboard.platform.profiles.TenantProfiles;
import io.switchboard.platform.web.ApiProblem;
import io.switchboard.platform.web.ProblemType;
import io.switchboard.platform.web.Problems;
import io.switchboard.quota.Admission;
import io.switchboard.quota.AdmissionRequest;
import io.switchboard.quota.ConversationSnapshot;
import io.switchboard.quota.Cost;
import io.switchboard.quota.Permit;
import io.switchboard.quota.Quotas;
import io.switchboard.quota.RateLimitStatus;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.SignalType;

/**
 * One chat turn, as DESIGN.md draws it: lock the conversation, load its state, run the domain's inbound step,
 * admit the turn under the tenant's quota, stream the model's reply through the outbound filter, save state and
 * transcript, settle the quota. Everything that can still answer with an HTTP status (404, 409, 429) happens
 * before the first event; after it, failures end the stream with an {@code error} event, and the turn is saved
 * (marked incomplete) whatever happens, so no acknowledged text is ever lost.
 */
@Component
class Turns {

    private static final int MAX_MESSAGE_CHARS = 8_000;

    private final Conversations conversations;
    private final TenantProfiles profiles;
    private final Dialogs dialogs;
    private final Quotas quotas;
    private final Domains domains;
    private final ChatCompletions chat;
    private final TurnLocks locks;
    private final DomainStates states;
    private final TurnSideEffects effects;
    private final ChatProperties properties;

    Turns(Conversations conversations, TenantProfiles profiles, Dialogs dialogs, Quotas quotas, Domains domains,
            ChatCompletions chat, TurnLocks locks, DomainStates states, TurnSideEffects effects,
            ChatProperties properties) {
        this.conversations = conversations;
        this.profiles = profiles;
        this.dialogs = dialogs;
        this.quotas = quotas;
        this.domains = domains;
        this.chat = chat;
        this.locks = locks;
        this.states = states;
        this.effects = effects;
        this.properties = properties;
    }

    /** A turn whose checks passed: the rate-limit headers to send, and its events to stream. */
    record Started(@Nullable RateLimitStatus rateLimit, Flux<TurnEvent> events) {}

    Mono<Started> start(UUID tenantId, UUID conversationId, String content) {
        if (content.isBlank() || content.length() > MAX_MESSAGE_CHARS) {
            return Mono.error(ApiProblem.invalid("content", "must be 1 to " + MAX_MESSAGE_CHARS + " characters"));
        }
        ConversationKey key = ConversationKey.of(tenantId, conversationId);
        return Mono.zip(profiles.get(tenantId), conversations.find(tenantId, conversationId)).flatMap(found -> {
            TenantProfile profile = found.getT1();
            Conversation conversation = found.getT2();
            if (!profile.active()) {
                return Mono.error(ApiProblem.forbidden("This tenant is suspended"));
            }
            if (conversation.status() == ConversationStatus.CLOSED) {
                return Mono.error(new ApiProblem(ProblemType.CONFLICT, "The conversation is closed"));
            }
            return locks.acquire(tenantId, conversationId)
                    .switchIfEmpty(Mono.error(() -> new ApiProblem(ProblemType.CONFLICT,
                            "Another message of this conversation is being answered; send this one after it")))
                    .flatMap(token -> dialogs.load(key)
                            .flatMap(dialog -> plan(profile, conversation, dialog, content))
                            .map(started -> releasingAtEnd(started, tenantId, conversationId, token))
                            .onErrorResume(e -> locks.release(tenantId, conversationId, token).then(Mono.error(e))));
        });
    }

    private Started releasingAtEnd(Started started, UUID tenantId, UUID conversationId, String token) {
        AtomicBoolean released = new AtomicBoolean();
        Flux<TurnEvent> events = started.events().doFinally(signal -> {
            if (released.compareAndSet(false, true)) {
                locks.release(tenantId, conversationId, token).subscribe();
            }
        });
        return new Started(started.rateLimit(), events);
    }

    private Mono<Started> plan(TenantProfile profile, Conversation conversation, Dialog dialog, String content) {
        DomainPipeline pipeline = domains.pipeline(profile.domain());
        var domainState = states.fromStored(dialog.domainState());
        InboundResult inbound = pipeline.inbound(content, domainState);
        TurnDraft draft = new TurnDraft(profile, conversation, dialog, inbound, Prompts.estimateTokens(inbound.redactedText()));
        List<TurnEvent> prelude = new ArrayList<>();
        if (dialog.origin() == Origin.LOST) {
            prelude.add(new TurnEvent.Handoff("bot", "The earlier context of this conversation was lost; "
                    + "the assistant continues without it."));
        }
        if (!conversation.status().botAnswers()) {
            String waiting = conversation.status() == ConversationStatus.AGENT
                    ? "An agent is handling this conversation."
                    : "A human agent has been asked for and will reply shortly.";
            prelude.add(new TurnEvent.Handoff(conversation.status().id(), waiting));
            return Mono.just(new Started(null, Flux.concat(Flux.fromIterable(prelude), save(draft, "", true, null, "silent"))));
        }
        if (!inbound.decision().usesModel()) {
            return Mono.just(new Started(null, Flux.concat(Flux.fromIterable(prelude), fixedReply(draft))));
        }
        List<io.switchboard.inference.ChatMessage> messages = Prompts.build(inbound.prompt(), dialog, inbound.redactedText());
        int promptTokens = messages.stream().mapToInt(m -> Prompts.estimateTokens(m.content())).sum();
        var snapshot = new ConversationSnapshot(dialog.counters().turns(), inbound.state().pinned().size(), promptTokens,
                !inbound.state().flow().pending().isEmpty());
        Cost estimate = Cost.ofTokens(promptTokens + properties.maxReplyTokens());
        return quotas.admit(new AdmissionRequest(profile.tenantId().toString(), profile.plan(), snapshot, estimate))
                .map(admission -> {
                    if (!admission.admitted()) {
                        throw rateLimited(admission);
                    }
                    ChatRequest request = new ChatRequest(conversation.id().toString(), messages, properties.maxReplyTokens(), null);
                    Flux<TurnEvent> reply = modelReply(draft, request, admission.permit(), promptTokens);
                    return new Started(admission.rateLimit(), Flux.concat(Flux.fromIterable(prelude), reply));
                });
    }

    /** The flow answered without the model: a question, a refusal, an escalation or a hand-off. */
    private Flux<TurnEvent> fixedReply(TurnDraft draft) {
        var decision = draft.inbound().decision();
        TurnEvent first = switch (decision.action()) {
            case ESCALATE -> new TurnEvent.Escalation(decision.reason(), decision.message());
            case HANDOFF -> new TurnEvent.Handoff(ConversationStatus.HANDOFF_REQUESTED.id(), decision.message());
            default -> new TurnEvent.Delta(decision.message());
        };
        Mono<Void> sideEffect = switch (decision.action()) {
            case ESCALATE -> effects.escalated(draft.conversation(), decision.reason());
            case HANDOFF -> conversations
                    .move(draft.conversation().tenantId(), draft.conversation().id(), ConversationStatus.HANDOFF_REQUESTED, null)
                    .flatMap(moved -> effects.statusChanged(moved, "domain:" + decision.reason()));
            default -> Mono.empty();
        };
        return Flux.concat(Mono.just(first), sideEffect.then(Mono.empty()),
                save(draft, decision.message(), true, null, decision.action().name().toLowerCase(java.util.Locale.ROOT)));
    }

    private Flux<TurnEvent> modelReply(TurnDraft draft, ChatRequest request, Permit permit, int promptTokens) {
        return Flux.defer(() -> {
            OutboundStream out = domains.pipeline(draft.profile().domain()).outbound();
            StringBuilder reply = new StringBuilder();
            AtomicReference<io.switchboard.inference.Usage> usage = new AtomicReference<>();
            AtomicReference<String> worker = new AtomicReference<>();
            AtomicReference<Throwable> failure = new AtomicReference<>();
            AtomicBoolean saved = new AtomicBoolean();
            long started = System.nanoTime();
            AtomicReference<Long> firstToken = new AtomicReference<>();

            Flux<TurnEvent> deltas = chat.stream(request)
                    .transformDeferred(quotas.keepAlive(permit))
                    .concatMap(chunk -> {
                        note(chunk, usage, worker);
                        if (firstToken.get() == null && !chunk.text().isEmpty()) {
                            firstToken.set(System.nanoTime() - started);
                        }
                        return delta(out.accept(chunk.text()), reply);
                    })
                    .concatWith(Mono.fromSupplier(out::finish).flatMapMany(rest -> delta(rest, reply)))
                    .onErrorResume(e -> {
                        failure.set(e);
                        return Flux.empty();
                    });
            Flux<TurnEvent> tail = Flux.defer(() -> {
                saved.set(true);
                Throwable error = failure.get();
                Map<String, Long> timings = timings(started, firstToken.get());
                Flux<TurnEvent> saving = save(draft, reply.toString(), error == null, worker.get(), "answer", timings, usage.get());
                return error == null ? saving : saving.filter(e -> !(e instanceof TurnEvent.Done))
                        .concatWith(Mono.just(new TurnEvent.Error(Problems.body(error, "/v1/conversations/" + draft.conversation().id() + "/messages"))));
            });
            return deltas.concatWith(tail).doFinally(signal -> {
                io.switchboard.inference.Usage u = usage.get();
                long actual = u != null ? u.promptTokens() + u.completionTokens() : promptTokens + Prompts.estimateTokens(reply.toString());
                quotas.settle(permit, Cost.ofTokens(Math.min(actual, Cost.MAX_TOKENS))).subscribe();
                effects.meter(draft, u, signal, firstToken.get());
                if (signal == SignalType.CANCEL && !saved.get()) {
                    // the client went away: keep what it saw, marked incomplete
                    save(draft, reply.toString(), false, worker.get(), "answer", timings(started, firstToken.get()), u).subscribe();
                }
            });
        });
    }

    private static Flux<TurnEvent> delta(String text, StringBuilder reply) {
        if (text.isEmpty()) {
            return Flux.empty();
        }
        reply.append(text);
        return Flux.just(new TurnEvent.Delta(text));
    }

    private static void note(ChatChunk chunk, AtomicReference<io.switchboard.inference.Usage> usage, AtomicReference<String> worker) {
        if (chunk.usage() != null) {
            usage.set(chunk.usage());
        }
        worker.compareAndSet(null, chunk.worker());
    }

    private static Map<String, Long> timings(long started, @Nullable Long firstTokenNanos) {
        Map<String, Long> timings = new LinkedHashMap<>();
        timings.put("total", (System.nanoTime() - started) / 1_000_000);
        if (firstTokenNanos != null) {
            timings.put("ttft", firstTokenNanos / 1_000_000);
        }
        return timings;
    }

    private Flux<TurnEvent> save(TurnDraft draft, String reply, boolean completed, @Nullable String worker, String action) {
        return save(draft, reply, completed, worker, action, Map.of(), null);
    }

    private Flux<TurnEvent> save(TurnDraft draft, String reply, boolean completed, @Nullable String worker, String action,
            Map<String, Long> timings, io.switchboard.inference.@Nullable Usage usage) {
        InboundResult in = draft.inbound();
        int userTokens = usage != null ? usage.promptTokens() : draft.userTokens();
        int replyTokens = usage != null ? usage.completionTokens() : Prompts.estimateTokens(reply);
        Turn turn = new Turn(
                draft.dialog().nextSeq(),
                new Utterance(UUID.randomUUID(), in.redactedText(), draft.userTokens()),
                new Utterance(UUID.randomUUID(), reply, reply.isEmpty() ? 0 : replyTokens),
                in.entities().stream().map(e -> new io.switchboard.dialog.Entity(e.type(), e.value())).toList(),
                in.intent().trusted(),
                userTokens,
                timings,
                worker,
                completed);
        return dialogs.append(draft.dialog(), turn, states.toStored(in.state()))
                .flatMapMany(saved -> effects.saved(draft, turn).thenMany(Flux.<TurnEvent>just(new TurnEvent.Done(
                        turn.reply().id(), turn.seq(), action,
                        Map.of("promptTokens", userTokens, "completionTokens", turn.reply().tokens()), timings))))
                .onErrorResume(e -> Flux.just(new TurnEvent.Error(Problems.body(e, "/v1/conversations/" + draft.conversation().id() + "/messages"))));
    }

    /** What the turn carries from its checks to its end. */
    record TurnDraft(TenantProfile profile, Conversation conversation, Dialog dialog, InboundResult inbound, int userTokens) {}

    /** The tenant's quota refused the turn: 429 with the headers that say when to come back. */
    private static ApiProblem rateLimited(Admission admission) {
        String which = admission.limitHit() == null ? "rate" : admission.limitHit().name().toLowerCase(java.util.Locale.ROOT);
        String detail = "concurrency".equals(which)
                ? "The tenant's limit of conversations answered at once is reached"
                : "The tenant's quota for this minute is used up";
        return new ApiProblem(ProblemType.RATE_LIMITED, detail, Map.of("limit", which))
                .withHeaders(RateLimitHeaders.of(admission.rateLimit(), admission.retryAfterSeconds()));
    }
}
