package io.switchboard.quota;

import java.util.function.Function;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The tenants' quotas, enforced atomically across every API replica: admit a turn before inference, keep its
 * stream's lease alive while it runs, settle it with the actual cost when it ends.
 *
 * <p>{@link #admit} errors with {@link QuotaUnavailableException} only when Redis is unreachable and the plan
 * fails closed; every other outcome, refusals included, is a value.
 */
public interface Quotas {

    /**
     * The name of the application's Reactor {@code Scheduler} bean for timeouts, if it has one: each turn's Redis
     * timeouts and lease renewal set a timer on it (Reactor's parallel scheduler otherwise).
     */
    String TIMERS_BEAN = "switchboardTimers";

    /** Computes the tenant's quota and consumes the estimated cost and a stream slot, or refuses. */
    Mono<Admission> admit(AdmissionRequest request);

    /**
     * Charges or refunds the difference between the actual and the estimated cost and releases the stream slot;
     * idempotent (a second settle, or one after the lease expired, changes nothing).
     */
    Mono<Void> settle(Permit permit, Cost actual);

    /** Extends the permit's lease; false if it had already expired or been settled. */
    Mono<Boolean> renew(Permit permit);

    /**
     * An operator that renews the permit's lease while the stream is subscribed; apply it with
     * {@code transformDeferred}. Settling stays the caller's job, since only the caller knows the actual cost.
     */
    <T> Function<Flux<T>, Flux<T>> keepAlive(Permit permit);

    /** Explains the tenant's current quota for a conversation ({@link ConversationSnapshot#NONE} for none). */
    Mono<QuotaExplanation> explain(String tenant, Plan plan, ConversationSnapshot conversation);
}
