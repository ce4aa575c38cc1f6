package io.switchboard.platform.conversations;

import io.switchboard.dialog.ConversationKey;
import io.switchboard.dialog.Dialog;
import io.switchboard.dialog.Dialogs;
import io.switchboard.dialog.Origin;
import io.switchboard.dialog.Turn;
import io.switchboard.dialog.Utterance;
import io.switchboard.domains.core.DomainState;
import io.switchboard.domains.core.Domains;
import io.switchboard.domains.core.InboundResult;
import io.switchboard.domains.core.OutboundStream;
import io.switchboard.inference.ChatChunk;
import io.switchboard.inference.ChatCompletions;
import io.switchboard.inference.ChatMessage;
import io.switchboard.inference.ChatRequest;
import io.switchboard.inference.Usage;
import io.switchboard.platform.crm.BlockingLookups;
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
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.SignalType;
import reactor.core.scheduler.Scheduler;

/**
 * One chat turn, as DESIGN.md draws it: take the conversation's turn and load its state, admit the turn under the
 * tenant's quota, run the domain's inbound step, stream the model's reply through the outbound filter, save state and
 * transcript, settle the quota. Everything that can still answer with an HTTP status (404, 409, 429) happens
 * before the first event; after it, failures end the stream with an {@code error} event, and the turn is saved
 * (marked incomplete) whatever happens, so no text a client saw is ever lost.
 */
@Component
class Turns {

    private static final int MAX_MESSAGE_CHARS = 8_000;
    /** How long a turn holds its conversation if its replica dies before saving it. */
    private static final Duration TURN_LEASE = Duration.ofMinutes(3);

    private final Conversations conversations;
    private final TenantProfiles profiles;
    private final Dialogs dialogs;
    private final Quotas quotas;
    private final Domains domains;
    private final ChatCompletions chat;
    private final DomainStates states;
    private final TurnSideEffects effects;
    private final ChatProperties properties;
    private final Scheduler domainScheduler;
    private final TurnGate gate;

    Turns(
            Conversations conversations,
            TenantProfiles profiles,
            Dialogs dialogs,
            Quotas quotas,
            Domains domains,
            ChatCompletions chat,
            DomainStates states,
            TurnSideEffects effects,
            ChatProperties properties,
            @Qualifier("domainScheduler") Scheduler domainScheduler,
            TurnGate gate) {
        this.conversations = conversations;
        this.profiles = profiles;
        this.dialogs = dialogs;
        this.quotas = quotas;
        this.domains = domains;
        this.chat = chat;
        this.states = states;
        this.effects = effects;
        this.properties = properties;
        this.domainScheduler = domainScheduler;
        this.gate = gate;
    }

    /** A turn whose checks passed: the rate-limit headers to send, and its events to stream. */
    record Started(RateLimitStatus rateLimit, Flux<TurnEvent> events) {}

    /** What the turn carries from its checks to its end. */
    record TurnDraft(
            TenantProfile profile,
            Conversation conversation,
            Dialog dialog,
            InboundResult inbound,
            Permit permit,
            int userTokens,
            String lastAsked) {}

    Mono<Started> start(UUID tenantId, UUID conversationId, String content) {
        if (content.isBlank() || content.length() > MAX_MESSAGE_CHARS) {
            return Mono.error(ApiProblem.invalid("content", "must be 1 to " + MAX_MESSAGE_CHARS + " characters"));
        }
        if (content.indexOf('\u0000') >= 0) {
            // no client can show it and the transcript cannot store it: refused before anything is kept
            return Mono.error(ApiProblem.invalid("content", "must not contain NUL (\\u0000) characters"));
        }
        // the gate is held until the turn is ready to stream (or refused), however the preparation ends
        return Mono.using(
                () -> {
                    gate.enter();
                    return gate;
                },
                held -> prepare(tenantId, conversationId, content),
                TurnGate::leave);
    }

    private Mono<Started> prepare(UUID tenantId, UUID conversationId, String content) {
        return profiles.get(tenantId).flatMap(profile -> {
            if (!profile.active()) {
                return Mono.error(ApiProblem.forbidden("This tenant is suspended"));
            }
            // two round trips at once: the conversation's cached row (no PostgreSQL read on a turn), and dialog-state
            // taking the conversation's turn (409 while another is answered) with its state
            Mono<Conversation> conversation =
                    conversations.forTurn(tenantId, conversationId).cache();
            Mono<Dialog> begun = dialogs.begin(ConversationKey.of(tenantId, conversationId), TURN_LEASE)
                    .cache();
            return Mono.whenDelayError(conversation, begun)
                    .onErrorResume(e -> Mono.empty())
                    // the conversation's own answer first (404, closed), so a refused turn says nothing more
                    .then(conversation)
                    .flatMap(c -> c.status() == ConversationStatus.CLOSED
                            ? Mono.error(new ApiProblem(ProblemType.CONFLICT, "The conversation is closed"))
                            : begun.flatMap(dialog ->
                                    admitted(profile, c, dialog, content).map(started -> endingTurn(started, dialog))))
                    // refused before its first event: the turn ends here; once streaming, its save ends it
                    .onErrorResume(e -> begun.onErrorResume(x -> Mono.empty())
                            .flatMap(dialogs::release)
                            .onErrorResume(x -> Mono.empty())
                            .then(Mono.error(e)));
        });
    }

    /**
     * Every stream that completes has saved its turn, which ended it in the same round trip; one that failed or was
     * cancelled before its save ends the turn here, so the next message is not refused until the lease runs out.
     */
    private Started endingTurn(Started started, Dialog dialog) {
        return new Started(started.rateLimit(), started.events().doFinally(signal -> {
            if (signal != SignalType.ON_COMPLETE) {
                dialogs.release(dialog).subscribe(null, e -> {});
            }
        }));
    }

    /** Admits the turn under the tenant's quota (429 when refused), then runs the inbound step. */
    private Mono<Started> admitted(TenantProfile profile, Conversation conversation, Dialog dialog, String content) {
        var restored = states.fromStored(dialog.domainState());
        var domainState = restored.state();
        int windowTokens = dialog.window().stream().mapToInt(e -> e.tokens()).sum();
        int promptTokens = windowTokens + Prompts.estimateTokens(content) + Prompts.estimateTokens(dialog.summary());
        var snapshot = new ConversationSnapshot(
                dialog.counters().turns(),
                domainState.pinned().size(),
                promptTokens,
                !domainState.flow().pending().isEmpty());
        Cost estimate = Cost.ofTokens(Math.min(Cost.MAX_TOKENS, promptTokens + properties.maxReplyTokens()));
        return quotas.admit(new AdmissionRequest(profile.tenantId().toString(), profile.plan(), snapshot, estimate))
                .flatMap(admission -> {
                    if (!admission.admitted()) {
                        return Mono.error(rateLimited(admission));
                    }
                    Permit permit = admission.permit();
                    return inbound(profile, content, domainState)
                            .map(inbound -> new Started(
                                    admission.rateLimit(),
                                    reply(new TurnDraft(
                                            profile,
                                            conversation,
                                            dialog,
                                            inbound,
                                            permit,
                                            Prompts.estimateTokens(inbound.redactedText()),
                                            restored.lastAsked()))))
                            .onErrorResume(e -> quotas.settle(permit, Cost.ZERO).then(Mono.error(e)));
                });
    }

    /**
     * The inbound step may call the tenant's CRM, and building a tenant's pipeline trains its intent model: it runs on
     * the bounded domain scheduler, never on an event loop, and only there may a CRM lookup block.
     */
    private Mono<InboundResult> inbound(TenantProfile profile, String content, DomainState state) {
        return Mono.fromCallable(() -> BlockingLookups.allow(
                        () -> domains.pipeline(profile.domain()).inbound(content, state)))
                .subscribeOn(domainScheduler);
    }

    private Flux<TurnEvent> reply(TurnDraft draft) {
        Flux<TurnEvent> notice = draft.dialog().origin() == Origin.LOST
                ? Flux.just(new TurnEvent.Notice(
                        "state_lost",
                        "The earlier context of this conversation was lost; the assistant continues without it."))
                : Flux.empty();
        if (!draft.conversation().status().botAnswers()) {
            String waiting = draft.conversation().status() == ConversationStatus.AGENT
                    ? "An agent is handling this conversation."
                    : "A human agent has been asked for and will reply shortly.";
            return notice.concatWith(Flux.concat(
                    Mono.just(
                            new TurnEvent.Handoff(draft.conversation().status().id(), waiting)),
                    settled(draft, save(draft, "", true, null, "silent", Map.of(), null))));
        }
        if (!draft.inbound().decision().usesModel()) {
            return notice.concatWith(settled(draft, fixedReply(draft)));
        }
        return notice.concatWith(modelReply(draft));
    }

    /** Settles the permit when {@code events} end, however they end. */
    private Flux<TurnEvent> settled(TurnDraft draft, Flux<TurnEvent> events) {
        return events.doFinally(signal ->
                quotas.settle(draft.permit(), Cost.ofTokens(draft.userTokens())).subscribe());
    }

    /** The flow answered without the model: a question, a refusal, an escalation or a hand-off. */
    private Flux<TurnEvent> fixedReply(TurnDraft draft) {
        var decision = draft.inbound().decision();
        TurnEvent first = switch (decision.action()) {
            case ESCALATE -> new TurnEvent.Escalation(decision.reason(), decision.message());
            case HANDOFF -> new TurnEvent.Handoff(ConversationStatus.HANDOFF_REQUESTED.id(), decision.message());
            default -> new TurnEvent.Delta(decision.message());
        };
        Conversation c = draft.conversation();
        Mono<Void> sideEffect = switch (decision.action()) {
            case ESCALATE -> effects.escalated(c, decision.reason());
            case HANDOFF ->
                conversations
                        .move(c.tenantId(), c.id(), ConversationStatus.HANDOFF_REQUESTED, null)
                        .flatMap(moved -> effects.statusChanged(moved, "domain:" + decision.reason()));
            default -> Mono.empty();
        };
        return Flux.concat(
                Mono.just(first),
                sideEffect.then(Mono.empty()),
                save(
                        draft,
                        decision.message(),
                        true,
                        null,
                        decision.action().name().toLowerCase(Locale.ROOT),
                        Map.of(),
                        null));
    }

    private Flux<TurnEvent> modelReply(TurnDraft draft) {
        List<ChatMessage> messages = Prompts.build(
                draft.inbound().prompt(), draft.dialog(), draft.inbound().redactedText());
        int promptTokens = messages.stream()
                .mapToInt(m -> Prompts.estimateTokens(m.content()))
                .sum();
        ChatRequest request =
                new ChatRequest(draft.conversation().id().toString(), messages, properties.maxReplyTokens(), null);
        return Flux.defer(() -> {
            OutboundStream out = domains.pipeline(draft.profile().domain()).outbound();
            StringBuilder reply = new StringBuilder();
            AtomicReference<Usage> usage = new AtomicReference<>();
            AtomicReference<String> worker = new AtomicReference<>();
            AtomicReference<Throwable> failure = new AtomicReference<>();
            AtomicReference<Long> firstToken = new AtomicReference<>();
            AtomicBoolean saved = new AtomicBoolean();
            long started = System.nanoTime();

            Flux<TurnEvent> deltas = chat.stream(request)
                    .transformDeferred(quotas.keepAlive(draft.permit()))
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
                        // what the filter still held back was received before the failure: release it, filtered
                        return Mono.fromSupplier(out::finish).flatMapMany(rest -> delta(rest, reply));
                    });
            Flux<TurnEvent> tail = Flux.defer(() -> {
                saved.set(true);
                Throwable error = failure.get();
                Flux<TurnEvent> saving = save(
                        draft,
                        reply.toString(),
                        error == null,
                        worker.get(),
                        "answer",
                        timings(started, firstToken.get()),
                        usage.get());
                if (error == null) {
                    return saving;
                }
                return saving.filter(e -> !(e instanceof TurnEvent.Done))
                        .concatWith(Mono.just(new TurnEvent.Error(Problems.body(
                                error,
                                "/v1/conversations/" + draft.conversation().id() + "/messages"))));
            });
            return deltas.concatWith(tail).doFinally(signal -> {
                Usage u = usage.get();
                long actual = u != null
                        ? u.promptTokens() + u.completionTokens()
                        : promptTokens + Prompts.estimateTokens(reply.toString());
                quotas.settle(draft.permit(), Cost.ofTokens(Math.min(actual, Cost.MAX_TOKENS)))
                        .subscribe();
                effects.meter(draft, u, signal, firstToken.get());
                if (signal == SignalType.CANCEL && !saved.get()) {
                    // the client went away: keep what it saw, marked incomplete
                    save(draft, reply.toString(), false, worker.get(), "answer", timings(started, firstToken.get()), u)
                            .subscribe();
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

    private static void note(ChatChunk chunk, AtomicReference<Usage> usage, AtomicReference<String> worker) {
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

    /** Saves the turn (state, then the outbox in the same round trip) and answers {@code done}, or an error event. */
    private Flux<TurnEvent> save(
            TurnDraft draft,
            String reply,
            boolean completed,
            @Nullable String worker,
            String action,
            Map<String, Long> timings,
            @Nullable Usage usage) {
        InboundResult in = draft.inbound();
        int promptTokens = usage != null ? usage.promptTokens() : draft.userTokens();
        int replyTokens =
                reply.isEmpty() ? 0 : usage != null ? usage.completionTokens() : Prompts.estimateTokens(reply);
        Turn turn = new Turn(
                draft.dialog().nextSeq(),
                new Utterance(UUID.randomUUID(), in.redactedText(), draft.userTokens()),
                new Utterance(UUID.randomUUID(), reply, replyTokens),
                in.entities().stream()
                        .map(e -> new io.switchboard.dialog.Entity(e.type(), e.value()))
                        .toList(),
                in.intent().trusted(),
                promptTokens,
                timings,
                worker,
                completed);
        String instance = "/v1/conversations/" + draft.conversation().id() + "/messages";
        return dialogs.append(draft.dialog(), turn, states.toStored(in.state(), asked(in)))
                .flatMapMany(saved -> effects.saved(draft, turn, draft.lastAsked())
                        .onErrorResume(e -> Mono.empty())
                        .thenMany(Flux.<TurnEvent>just(new TurnEvent.Done(
                                turn.reply().id(),
                                turn.seq(),
                                action,
                                Map.of("promptTokens", promptTokens, "completionTokens", replyTokens),
                                timings))))
                .onErrorResume(e -> Flux.just(new TurnEvent.Error(Problems.body(e, instance))));
    }

    private static String asked(InboundResult in) {
        return in.decision().action() == io.switchboard.domains.core.Action.ASK
                ? in.decision().reason()
                : "";
    }

    /** The tenant's quota refused the turn: 429 with the headers that say when to come back. */
    private static ApiProblem rateLimited(Admission admission) {
        String which = admission.limitHit() == null
                ? "rate"
                : admission.limitHit().name().toLowerCase(Locale.ROOT);
        String detail = "concurrency".equals(which)
                ? "The tenant's limit of conversations answered at once is reached"
                : "The tenant's quota for this minute is used up";
        return new ApiProblem(ProblemType.RATE_LIMITED, detail, Map.of("limit", which))
                .withHeaders(RateLimitHeaders.of(admission.rateLimit(), admission.retryAfterSeconds()));
    }
}
