package io.switchboard.platform.webhooks.internal;

import io.micrometer.core.instrument.MeterRegistry;
import io.switchboard.platform.net.Destinations;
import io.switchboard.platform.net.OutboundUrl;
import io.switchboard.platform.net.PinnedClient;
import io.switchboard.platform.net.Signatures;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import reactor.core.publisher.Mono;

/**
 * Delivers queued events. One thread of its own polls the queue (and is woken at once by a publish), claims at
 * most as many due rows as it has free slots, and starts their attempts; DNS runs on the bounded scheduler of {@link Destinations}, HTTP on
 * Reactor Netty, outcomes are written through {@code Jdbc}. So no event loop ever waits on it, and at most
 * {@code concurrency} attempts are in flight on this replica.
 */
final class Dispatcher implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(Dispatcher.class);
    private static final int MAX_ERROR_LENGTH = 500;

    private final Deliveries deliveries;
    private final Destinations destinations;
    private final PinnedClient sender;
    private final WebhooksProperties properties;
    private final Backoff backoff;
    private final Semaphore slots;
    private final MeterRegistry meters;
    private final AtomicBoolean wakePending = new AtomicBoolean();
    private volatile boolean backlog;
    private volatile ScheduledExecutorService loop;

    Dispatcher(
            Deliveries deliveries,
            Destinations destinations,
            PinnedClient sender,
            WebhooksProperties properties,
            MeterRegistry meters) {
        this.meters = meters;
        this.deliveries = deliveries;
        this.destinations = destinations;
        this.sender = sender;
        this.properties = properties;
        this.backoff = Backoff.of(properties);
        this.slots = new Semaphore(properties.concurrency());
    }

    /** Looks for due deliveries now rather than at the next poll. */
    void wakeUp() {
        ScheduledExecutorService current = loop;
        if (current != null && wakePending.compareAndSet(false, true)) {
            try {
                current.execute(() -> {
                    wakePending.set(false);
                    drain();
                });
            } catch (RejectedExecutionException e) {
                wakePending.set(false); // stopping: the rows stay queued for the next start or another replica
            }
        }
    }

    private void drain() {
        try {
            int free = slots.availablePermits();
            while (free > 0 && loop != null) {
                int wanted = Math.min(free, properties.batchSize());
                List<Claim> claimed =
                        deliveries.claim(wanted, properties.claimLease()).block(Duration.ofSeconds(30));
                claimed = claimed == null ? List.of() : claimed;
                backlog = claimed.size() == wanted;
                claimed.forEach(this::start);
                if (!backlog) {
                    return;
                }
                free = slots.availablePermits();
            }
        } catch (RuntimeException e) {
            log.warn("Webhook dispatcher could not claim deliveries: {}", e.toString());
        }
    }

    private void start(Claim claim) {
        slots.acquireUninterruptibly(); // never waits: we claimed no more than the free slots
        Mono.defer(() -> attempt(claim))
                .doFinally(signal -> {
                    slots.release();
                    if (backlog) {
                        wakeUp();
                    }
                })
                .subscribe(
                        null,
                        e -> log.warn("Webhook delivery {} was not recorded: {}", claim.deliveryId(), e.toString()));
    }

    Mono<Boolean> attempt(Claim claim) {
        @Nullable
        OutboundUrl url = switch (OutboundUrl.parse(claim.url())) {
            case OutboundUrl.Parsed.Valid v -> v.url();
            case OutboundUrl.Parsed.Invalid i -> null;
        };
        if (url == null) {
            return record(claim, null, "refused: the URL is not valid");
        }
        if (claim.secrets().isEmpty()) {
            return record(claim, null, "not sent: the signing secret cannot be read; rotate it");
        }
        String signature = Signatures.header(Instant.now().getEpochSecond(), claim.payload(), claim.secrets());
        Map<String, String> headers = Map.of(
                Signatures.HEADER,
                signature,
                "Switchboard-Event-Id",
                claim.eventId().toString(),
                "Switchboard-Event-Type",
                claim.eventType());
        return destinations
                .pinLater(url)
                .flatMap(address -> sender.post(url, address, headers, claim.payload()))
                .flatMap(status -> status >= 200 && status < 300
                        ? deliveries.delivered(claim, status).doOnSuccess(recorded -> count("delivered"))
                        : record(
                                claim,
                                status,
                                "HTTP " + status
                                        + (status >= 300 && status < 400 ? " (redirects are not followed)" : "")))
                .onErrorResume(
                        e -> !(e instanceof org.springframework.dao.DataAccessException),
                        e -> record(claim, null, describe(e)));
    }

    private Mono<Boolean> record(Claim claim, @Nullable Integer status, String error) {
        Duration retryIn = claim.attempt() >= properties.maxAttempts() ? null : backoff.after(claim.attempt());
        String bounded = error.length() > MAX_ERROR_LENGTH ? error.substring(0, MAX_ERROR_LENGTH) : error;
        count(retryIn == null ? "failed" : "retried");
        return deliveries.attemptFailed(claim, status, bounded, retryIn);
    }

    /** {@code switchboard.webhooks.attempts}: attempts by outcome (delivered, retried, failed). */
    private void count(String outcome) {
        meters.counter("switchboard.webhooks.attempts", "outcome", outcome).increment();
    }

    private String describe(Throwable e) {
        return switch (e) {
            case Destinations.Refused r -> "refused: " + r.getMessage();
            case java.util.concurrent.TimeoutException t -> "timed out after " + properties.attemptTimeout();
            case io.netty.handler.timeout.ReadTimeoutException t -> "timed out after " + properties.attemptTimeout();
            default ->
                "connection failed: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        };
    }

    @Override
    public synchronized void start() {
        if (!properties.dispatcherEnabled() || loop != null) {
            return;
        }
        ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "switchboard-webhooks-dispatcher");
            thread.setDaemon(true);
            return thread;
        });
        loop = executor;
        long poll = properties.pollInterval().toMillis();
        executor.scheduleWithFixedDelay(this::drain, poll, poll, TimeUnit.MILLISECONDS);
    }

    /**
     * Claims nothing more, and lets the attempts already under way finish and be recorded, waiting at most one
     * attempt's time ({@code attempt-timeout}); one still running after that stays claimed, and another replica
     * delivers it when the claim's lease runs out.
     */
    @Override
    public synchronized void stop() {
        ScheduledExecutorService executor = loop;
        loop = null;
        if (executor == null) {
            return;
        }
        executor.shutdownNow();
        int all = properties.concurrency();
        try {
            if (slots.tryAcquire(all, properties.attemptTimeout().toMillis(), TimeUnit.MILLISECONDS)) {
                slots.release(all);
            } else {
                log.info("Webhook attempts still under way at stop are left to their claims' leases");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return loop != null;
    }

    /**
     * Stops after the web server has drained its requests (its phases are just below the default), so it delivers
     * the drained turns' events, and before Reactor Netty's shared loops, which deliveries use, are disposed (phase
     * 1, {@code wiring.NettyShutdown}).
     */
    @Override
    public int getPhase() {
        return 2048;
    }
}
