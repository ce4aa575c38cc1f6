package io.switchboard.inference.internal;

import io.github.resilience4j.bulkhead.BulkheadConfig;
import io.github.resilience4j.bulkhead.BulkheadRegistry;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.micrometer.tagged.TaggedBulkheadMetrics;
import io.github.resilience4j.micrometer.tagged.TaggedCircuitBreakerMetrics;
import io.micrometer.core.instrument.MeterRegistry;
import io.switchboard.inference.ChatCompletions;
import io.switchboard.inference.PoolLoad;
import java.time.Clock;
import java.time.Duration;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

/**
 * The adapter assembled from its settings, without Spring: discovery, the pool and its health checks, routing and
 * failover. {@link #close()} stops the background work and the connections.
 */
public final class InferenceAdapter implements AutoCloseable {

    private final WorkerClient client;
    private final Workers workers;
    private final Discovery discovery;
    private final RoutedCompletions completions;
    private final CircuitBreakerRegistry breakers;

    InferenceAdapter(
            InferenceProperties properties, MeterRegistry registry, Discovery.Resolver resolver, Scheduler timers) {
        Clock clock = Clock.systemUTC();
        InferenceMetrics metrics = new InferenceMetrics(registry);
        this.client = new WorkerClient(properties.connectTimeout(), properties.model(), timers);
        this.breakers = CircuitBreakerRegistry.of(breakerConfig(properties));
        BulkheadRegistry bulkheads = BulkheadRegistry.of(BulkheadConfig.custom()
                .maxConcurrentCalls(properties.bulkheadMaxConcurrent())
                .maxWaitDuration(Duration.ZERO)
                .build());
        TaggedCircuitBreakerMetrics.ofCircuitBreakerRegistry(breakers).bindTo(registry);
        TaggedBulkheadMetrics.ofBulkheadRegistry(bulkheads).bindTo(registry);
        this.workers = new Workers(properties, client, breakers, bulkheads, metrics, clock);
        RetryBudget budget = new RetryBudget(properties.retryBudgetRatio(), properties.retryBudgetReserve());
        metrics.budget(budget);
        this.completions = new RoutedCompletions(
                new Router(workers, properties.affinityMaxExcess()),
                client,
                properties,
                budget,
                metrics,
                clock,
                timers);
        this.discovery = new Discovery(properties, workers, resolver);
    }

    /** Builds the adapter and starts discovery and health checks; its timeouts run on Reactor's parallel scheduler. */
    public static InferenceAdapter start(InferenceProperties properties, MeterRegistry registry) {
        return start(properties, registry, Schedulers.parallel());
    }

    /**
     * As {@link #start(InferenceProperties, MeterRegistry)}, with the stream timeouts (first token, stall, deadline,
     * the drain after {@code [DONE]}) on {@code timers}: a turn sets three, nearly all cancelled within milliseconds.
     */
    public static InferenceAdapter start(InferenceProperties properties, MeterRegistry registry, Scheduler timers) {
        return start(properties, registry, Discovery.systemResolver(), timers);
    }

    static InferenceAdapter start(
            InferenceProperties properties, MeterRegistry registry, Discovery.Resolver resolver, Scheduler timers) {
        InferenceAdapter adapter = new InferenceAdapter(properties, registry, resolver, timers);
        adapter.discovery.start();
        adapter.workers.start();
        return adapter;
    }

    public ChatCompletions completions() {
        return completions;
    }

    public PoolLoad load() {
        return workers;
    }

    Workers workers() {
        return workers;
    }

    CircuitBreakerRegistry breakers() {
        return breakers;
    }

    @Override
    public void close() {
        discovery.close();
        workers.close();
        client.close();
    }

    private static CircuitBreakerConfig breakerConfig(InferenceProperties properties) {
        return CircuitBreakerConfig.custom()
                .slidingWindowType(CircuitBreakerConfig.SlidingWindowType.COUNT_BASED)
                .slidingWindowSize(properties.breakerWindow())
                .minimumNumberOfCalls(properties.breakerMinimumCalls())
                .failureRateThreshold(properties.breakerFailureRate())
                .waitDurationInOpenState(properties.breakerOpenWait())
                .automaticTransitionFromOpenToHalfOpenEnabled(true)
                .permittedNumberOfCallsInHalfOpenState(properties.breakerHalfOpenCalls())
                // a long stream is not a slow call: the stall timeout and the deadline bound calls instead
                .slowCallDurationThreshold(properties.deadline().plusSeconds(1))
                .recordException(
                        error -> WorkerFailure.classify(error).failureCause().workerAtFault())
                .build();
    }
}
