package io.switchboard.inference.internal;

import io.github.resilience4j.bulkhead.BulkheadRegistry;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.switchboard.inference.PoolLoad;
import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;

/**
 * The pool of workers: which exist (kept in step with discovery), how each is doing (active health checks every
 * interval), and the pool's aggregate load.
 */
final class Workers implements PoolLoad, AutoCloseable {

    private final ConcurrentMap<String, Worker> byId = new ConcurrentHashMap<>();
    private final InferenceProperties properties;
    private final WorkerClient client;
    private final CircuitBreakerRegistry breakers;
    private final BulkheadRegistry bulkheads;
    private final InferenceMetrics metrics;
    private final Clock clock;
    private final Sinks.Many<Double> loads = Sinks.many().replay().latest();
    private volatile double load = 1.0;
    private @Nullable Disposable healthChecks;

    Workers(
            InferenceProperties properties,
            WorkerClient client,
            CircuitBreakerRegistry breakers,
            BulkheadRegistry bulkheads,
            InferenceMetrics metrics,
            Clock clock) {
        this.properties = properties;
        this.client = client;
        this.breakers = breakers;
        this.bulkheads = bulkheads;
        this.metrics = metrics;
        this.clock = clock;
    }

    /** Makes the pool exactly these workers: new ones join (healthy until a check says otherwise), gone ones leave. */
    synchronized void replaceAll(Set<WorkerAddress> addresses) {
        Set<String> ids = addresses.stream().map(WorkerAddress::id).collect(Collectors.toSet());
        byId.values().removeIf(worker -> {
            boolean gone = !ids.contains(worker.id());
            if (gone) {
                metrics.removed(worker);
                breakers.remove(worker.id());
                bulkheads.remove(worker.id());
            }
            return gone;
        });
        for (WorkerAddress address : addresses) {
            byId.computeIfAbsent(address.id(), id -> {
                Worker worker = new Worker(
                        address,
                        breakers.circuitBreaker(id),
                        bulkheads.bulkhead(id),
                        new Worker.Ejection(
                                properties.ejectAfterFailures(),
                                properties.ejectionTime(),
                                properties.maxEjectionTime()));
                metrics.added(worker);
                return worker;
            });
        }
    }

    Collection<Worker> all() {
        return byId.values();
    }

    @Nullable
    Worker byId(String id) {
        return byId.get(id);
    }

    /**
     * The workers to route to: those ready, not ejected and with a breaker that lets calls through; when no worker is
     * ready by its health checks, those not ejected and not broken (panic routing, as Envoy does: when every check
     * fails at once, the checks are more likely wrong than every worker, and requests still fail over).
     */
    List<Worker> routable() {
        var now = clock.instant();
        List<Worker> ready =
                byId.values().stream().filter(worker -> worker.routable(now)).toList();
        return !ready.isEmpty()
                ? ready
                : byId.values().stream()
                        .filter(worker -> worker.usableInPanic(now))
                        .toList();
    }

    /** Starts the health checks, the first round at once. */
    void start() {
        healthChecks = Flux.interval(Duration.ZERO, properties.healthInterval())
                .onBackpressureDrop()
                .concatMap(tick -> checkAll(), 0)
                .subscribe();
    }

    /** One round of health checks of every worker, then a new load figure. */
    Mono<Void> checkAll() {
        return Flux.fromIterable(List.copyOf(byId.values()))
                .flatMap(worker -> client.health(worker.address(), properties.healthTimeout())
                        .doOnNext(worker::reported))
                .then(Mono.fromRunnable(this::publishLoad));
    }

    @Override
    public double current() {
        return load;
    }

    @Override
    public Flux<Double> changes() {
        return loads.asFlux();
    }

    @Override
    public void close() {
        if (healthChecks != null) {
            healthChecks.dispose();
        }
    }

    private void publishLoad() {
        var now = clock.instant();
        load = byId.values().stream()
                .mapToDouble(worker -> worker.routable(now) ? loadOf(worker.health()) : 1.0)
                .average()
                .orElse(1.0);
        loads.tryEmitNext(load);
    }

    private double loadOf(HealthReport report) {
        double sequences = Math.min(1.0, report.sequences() / (double) properties.workerCapacity());
        return Math.max(sequences, report.kvCacheUsage());
    }
}
