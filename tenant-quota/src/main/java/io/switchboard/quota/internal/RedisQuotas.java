package io.switchboard.quota.internal;

import io.lettuce.core.RedisException;
import io.lettuce.core.ScriptOutputType;
import io.micrometer.core.instrument.MeterRegistry;
import io.switchboard.quota.Admission;
import io.switchboard.quota.AdmissionRequest;
import io.switchboard.quota.ConversationSnapshot;
import io.switchboard.quota.Cost;
import io.switchboard.quota.FailMode;
import io.switchboard.quota.LimitHit;
import io.switchboard.quota.LoadReading;
import io.switchboard.quota.Permit;
import io.switchboard.quota.Plan;
import io.switchboard.quota.QuotaBreakdown;
import io.switchboard.quota.QuotaExplanation;
import io.switchboard.quota.QuotaFormula;
import io.switchboard.quota.QuotaUnavailableException;
import io.switchboard.quota.Quotas;
import io.switchboard.quota.SystemLoad;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;

/**
 * Quotas enforced by one Lua script per admission on Redis's clock; the plans' fail modes take over while Redis is
 * unreachable.
 */
final class RedisQuotas implements Quotas {

    private static final LuaScript ADMIT = LuaScript.load("admit.lua", ScriptOutputType.MULTI);
    private static final LuaScript SETTLE = LuaScript.load("settle.lua", ScriptOutputType.INTEGER);
    private static final LuaScript RENEW = LuaScript.load("renew.lua", ScriptOutputType.INTEGER);
    private static final LuaScript INSPECT = LuaScript.load("inspect.lua", ScriptOutputType.MULTI);

    private final RedisLink redis;
    private final SystemLoad load;
    private final QuotaProperties properties;
    private final KeyLayout keys;
    private final UsageHistory history = new UsageHistory();
    private final LocalFallback fallback;
    private final Outages outages;
    private final AdmissionMeters meters;
    private final LeaseIds leaseIds = new LeaseIds();
    private final Scheduler timers;

    /** {@code timers} runs the Redis timeouts and the lease renewals (a turn sets three timers, nearly all cancelled). */
    RedisQuotas(
            RedisLink redis,
            SystemLoad load,
            QuotaProperties properties,
            MeterRegistry registry,
            Clock clock,
            Scheduler timers) {
        this.redis = redis;
        this.timers = timers;
        this.load = load;
        this.properties = properties;
        this.keys = new KeyLayout(properties.keyPrefix());
        this.fallback = new LocalFallback(properties.replicas());
        this.outages = new Outages(registry, clock);
        this.meters = new AdmissionMeters(registry);
    }

    @Override
    public Mono<Admission> admit(AdmissionRequest request) {
        return Mono.defer(() -> {
            Plan plan = request.plan();
            double h = QuotaFormula.history(
                    history.dayTokens(request.tenant()) / 1000.0, plan, properties.historyReferenceMinutes());
            QuotaBreakdown quota = QuotaFormula.evaluate(
                    plan, request.conversation().complexity(), h, load.current().effective());
            long perMinute = Rates.tokensPerMinute(quota);
            long charged = Math.min(request.estimate().tokens(), Rates.capacityTokens(perMinute, plan.burstSeconds()));
            String leaseId = leaseIds.next();
            return redis.commands()
                    .flatMap(c -> ADMIT.<List<Object>>run(
                            c,
                            keys.tenant(request.tenant()),
                            Long.toString(charged),
                            Long.toString(perMinute),
                            Long.toString(plan.burstSeconds() * 1_000_000L),
                            Integer.toString(plan.maxConcurrentStreams()),
                            leaseId,
                            Long.toString(micros(properties.leaseTtl()))))
                    .timeout(properties.redisTimeout(), timers)
                    .map(reply -> admitted(request, quota, perMinute, charged, leaseId, reply))
                    .onErrorResume(RedisQuotas::storeFailure, e -> degraded(request, quota, e));
        });
    }

    private Admission admitted(
            AdmissionRequest request,
            QuotaBreakdown quota,
            long perMinute,
            long charged,
            String leaseId,
            List<Object> reply) {
        outages.succeeded();
        AdmitReply r = AdmitReply.of(reply);
        history.record(request.tenant(), r.dayTokens());
        Plan plan = request.plan();
        var status = Rates.status(perMinute, plan.burstSeconds(), r.backlogMicros());
        if (r.limit() == 0) {
            meters.count(plan, "admitted");
            Permit permit = new Permit(request.tenant(), plan.id(), leaseId, Cost.ofTokens(charged), perMinute, false);
            return new Admission(permit, null, status, 0, false, quota);
        }
        LimitHit hit = r.limit() == 1 ? LimitHit.RATE : LimitHit.CONCURRENCY;
        meters.count(plan, hit == LimitHit.RATE ? "rate" : "concurrency");
        return new Admission(null, hit, status, Math.max(1, Rates.ceilSeconds(r.retryMicros())), false, quota);
    }

    private Mono<Admission> degraded(AdmissionRequest request, QuotaBreakdown quota, Throwable cause) {
        outages.failed(cause);
        Plan plan = request.plan();
        if (plan.failMode() == FailMode.CLOSED) {
            outages.decided(FailMode.CLOSED, "unavailable");
            return Mono.error(new QuotaUnavailableException(plan.id()));
        }
        return Mono.fromSupplier(() -> {
            Admission admission = fallback.admit(request, quota);
            outages.decided(FailMode.OPEN, admission.admitted() ? "admitted" : "refused");
            return admission;
        });
    }

    @Override
    public Mono<Void> settle(Permit permit, Cost actual) {
        if (permit.local()) {
            return Mono.fromRunnable(() -> fallback.closeStream(permit.tenant()));
        }
        long delta = actual.tokens() - permit.estimate().tokens();
        return redis.commands()
                .flatMap(c -> SETTLE.<Long>run(
                        c,
                        keys.tenant(permit.tenant()),
                        permit.leaseId(),
                        Long.toString(delta),
                        Long.toString(permit.quotaTokensPerMinute())))
                .timeout(properties.redisTimeout(), timers)
                .doOnNext(settled -> outages.succeeded())
                .then()
                .onErrorResume(RedisQuotas::storeFailure, e -> {
                    outages.failed(e);
                    return Mono.empty();
                });
    }

    /** {@inheritDoc} Also false while Redis is unreachable (the lease then lapses after its ttl). */
    @Override
    public Mono<Boolean> renew(Permit permit) {
        if (permit.local()) {
            return Mono.just(true);
        }
        return redis.commands()
                .flatMap(c -> RENEW.<Long>run(
                        c,
                        keys.leases(permit.tenant()),
                        permit.leaseId(),
                        Long.toString(micros(properties.leaseTtl()))))
                .timeout(properties.redisTimeout(), timers)
                .map(renewed -> renewed == 1L)
                .onErrorResume(RedisQuotas::storeFailure, e -> {
                    outages.failed(e);
                    return Mono.just(false);
                });
    }

    @Override
    public <T> Function<Flux<T>, Flux<T>> keepAlive(Permit permit) {
        return stream -> Flux.defer(() -> {
            Disposable renewals = Flux.interval(properties.leaseRenewEvery(), timers)
                    .concatMap(tick -> renew(permit))
                    .subscribe(renewed -> {}, error -> {});
            return stream.doFinally(signal -> renewals.dispose());
        });
    }

    @Override
    public Mono<QuotaExplanation> explain(String tenant, Plan plan, ConversationSnapshot conversation) {
        AdmissionRequest.requireTenant(tenant);
        Mono<LoadReading> reading =
                load.read().onErrorResume(RedisQuotas::storeFailure, e -> Mono.just(load.current()));
        Mono<List<Object>> state = redis.commands()
                .flatMap(c -> INSPECT.<List<Object>>run(c, keys.tenant(tenant)))
                .timeout(properties.redisTimeout(), timers);
        return Mono.zip(reading, state)
                .map(both -> explanation(tenant, plan, conversation, both.getT1(), both.getT2()))
                .onErrorMap(RedisQuotas::storeFailure, e -> new QuotaUnavailableException(plan.id()));
    }

    private QuotaExplanation explanation(
            String tenant, Plan plan, ConversationSnapshot conversation, LoadReading reading, List<Object> state) {
        double dayUnits = (Long) state.get(2) / 1000.0;
        int referenceMinutes = properties.historyReferenceMinutes();
        double h = QuotaFormula.history(dayUnits, plan, referenceMinutes);
        QuotaBreakdown quota = QuotaFormula.evaluate(plan, conversation.complexity(), h, reading.effective());
        var status = Rates.status(Rates.tokensPerMinute(quota), plan.burstSeconds(), (Long) state.get(0));
        int streams = Math.toIntExact((Long) state.get(1));
        return new QuotaExplanation(
                tenant, plan, conversation, dayUnits, referenceMinutes, reading, quota, status, streams);
    }

    /** Whether an error means the store is unreachable or too slow, as opposed to a bug. */
    static boolean storeFailure(Throwable error) {
        for (@Nullable Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof RedisException || t instanceof TimeoutException || t instanceof IOException) {
                return true;
            }
        }
        return false;
    }

    private static long micros(Duration d) {
        return d.toNanos() / 1000;
    }
}
