package io.switchboard.platform.conversations;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.switchboard.dialog.Turn;
import io.switchboard.inference.Usage;
import io.switchboard.platform.webhooks.Webhooks;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import reactor.core.publisher.SignalType;

/**
 * What a turn or a status change causes besides its reply: webhook events, usage records and the metrics of
 * the three monitoring levels (base: turns and their latency by plan; experience: time to first token,
 * hand-offs, escalations, turns per resolved conversation, coherence).
 */
@Component
class TurnSideEffects {

    private final Webhooks webhooks;
    private final UsageMeter usage;
    private final MeterRegistry registry;
    private final Coherence coherence;

    TurnSideEffects(Webhooks webhooks, UsageMeter usage, MeterRegistry registry, Coherence coherence) {
        this.webhooks = webhooks;
        this.usage = usage;
        this.registry = registry;
        this.coherence = coherence;
    }

    Mono<Void> opened(Conversation c) {
        return webhooks.publish(c.tenantId(), "conversation.created", conversation(c));
    }

    Mono<Void> statusChanged(Conversation c, String reason) {
        String event = switch (c.status()) {
            case HANDOFF_REQUESTED -> "conversation.handoff_requested";
            case AGENT -> "conversation.agent_joined";
            case CLOSED -> "conversation.closed";
            case BOT -> "conversation.created";
        };
        if (c.status() == ConversationStatus.HANDOFF_REQUESTED) {
            registry.counter(
                            "switchboard.conversations.handoffs",
                            "reason",
                            reason.startsWith("domain:") ? "domain" : "api")
                    .increment();
        }
        Map<String, Object> data = conversation(c);
        data.put("reason", reason);
        return webhooks.publish(c.tenantId(), event, data);
    }

    Mono<Void> escalated(Conversation c, String reason) {
        registry.counter("switchboard.conversations.escalations", "reason", reason)
                .increment();
        Map<String, Object> data = conversation(c);
        data.put("reason", reason);
        return webhooks.publish(c.tenantId(), "conversation.escalated", data);
    }

    Mono<Void> closed(Conversation c, int turns) {
        DistributionSummary.builder("switchboard.conversations.turns_per_resolved")
                .description("Turns in a conversation when it was closed")
                .publishPercentiles(0.5, 0.9)
                .register(registry)
                .record(turns);
        return statusChanged(c, "closed");
    }

    /** After a turn is saved: its webhook, usage, coherence. */
    Mono<Void> saved(Turns.TurnDraft draft, Turn turn, String previousAsk) {
        coherence.record(draft.profile().domain().kind().id(), previousAsk, draft.inbound());
        usage.record(
                draft.profile().tenantId(), turn.promptTokens(), turn.reply().tokens());
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("conversationId", draft.conversation().id().toString());
        data.put("turn", turn.seq());
        data.put("messageId", turn.reply().id().toString());
        data.put("intent", turn.intent());
        data.put("action", draft.inbound().decision().action().name().toLowerCase(Locale.ROOT));
        data.put("completed", turn.completed());
        return webhooks.publish(draft.profile().tenantId(), "message.created", data);
    }

    /** When a model turn's stream ends, however it ends. */
    void meter(Turns.TurnDraft draft, @Nullable Usage used, SignalType signal, @Nullable Long firstTokenNanos) {
        String plan = draft.profile().plan().id();
        String domain = draft.profile().domain().kind().id();
        String outcome = switch (signal) {
            case ON_COMPLETE -> "completed";
            case CANCEL -> "cancelled";
            default -> "failed";
        };
        registry.counter("switchboard.turns", "plan", plan, "domain", domain, "outcome", outcome)
                .increment();
        if (firstTokenNanos != null) {
            Timer.builder("switchboard.turn.time_to_first_token")
                    .tags("plan", plan, "domain", domain)
                    .publishPercentileHistogram()
                    .register(registry)
                    .record(Duration.ofNanos(firstTokenNanos));
        }
        if (used != null) {
            Counter.builder("switchboard.tokens")
                    .tags("plan", plan, "kind", "completion")
                    .register(registry)
                    .increment(used.completionTokens());
            Counter.builder("switchboard.tokens")
                    .tags("plan", plan, "kind", "prompt")
                    .register(registry)
                    .increment(used.promptTokens());
        }
    }

    private static Map<String, Object> conversation(Conversation c) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("conversationId", c.id().toString());
        data.put("status", c.status().id());
        data.put("channel", c.channel());
        if (c.customerRef() != null) {
            data.put("customerRef", c.customerRef());
        }
        return data;
    }
}
