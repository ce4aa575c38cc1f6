package io.switchboard.inference.internal;

import io.github.resilience4j.reactor.bulkhead.operator.BulkheadOperator;
import io.github.resilience4j.reactor.circuitbreaker.operator.CircuitBreakerOperator;
import io.switchboard.inference.ChatChunk;
import io.switchboard.inference.ChatCompletions;
import io.switchboard.inference.ChatReply;
import io.switchboard.inference.ChatRequest;
import io.switchboard.inference.InferenceException;
import io.switchboard.inference.InferenceRejectedException;
import io.switchboard.inference.NoWorkerAvailableException;
import io.switchboard.inference.StreamInterruptedException;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.TimeoutException;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;

/**
 * Chat completions routed over the pool: each attempt goes through the worker's bulkhead, circuit breaker and
 * timeouts; before the first chunk is passed on, a failure that another worker may not share moves the turn to
 * another worker (bounded by max attempts and the retry budget); after it, the stream ends with {@link
 * StreamInterruptedException}; the whole turn is bounded by the deadline.
 */
final class RoutedCompletions implements ChatCompletions {

    private final Router router;
    private final WorkerClient client;
    private final InferenceProperties properties;
    private final RetryBudget budget;
    private final InferenceMetrics metrics;
    private final Clock clock;
    private final Scheduler timers;

    RoutedCompletions(
            Router router,
            WorkerClient client,
            InferenceProperties properties,
            RetryBudget budget,
            InferenceMetrics metrics,
            Clock clock,
            Scheduler timers) {
        this.router = router;
        this.client = client;
        this.properties = properties;
        this.budget = budget;
        this.metrics = metrics;
        this.clock = clock;
        this.timers = timers;
    }

    @Override
    public Flux<ChatChunk> stream(ChatRequest request) {
        return turn(request, true);
    }

    @Override
    public Mono<ChatReply> complete(ChatRequest request) {
        return turn(request, false)
                .single()
                .map(chunk -> new ChatReply(chunk.text(), chunk.finishReason(), chunk.usage(), chunk.worker()));
    }

    private Flux<ChatChunk> turn(ChatRequest request, boolean streaming) {
        return Flux.defer(() -> {
                    Turn turn = new Turn(request);
                    budget.requested();
                    return withDeadline(attempt(turn, streaming), turn);
                })
                .doOnComplete(() -> metrics.outcome("ok"))
                .doOnCancel(() -> metrics.outcome("cancelled"))
                .doOnError(error -> metrics.outcome(outcomeOf(error)));
    }

    private Flux<ChatChunk> attempt(Turn turn, boolean streaming) {
        Worker worker = router.choose(turn.request().conversationId(), turn.tried());
        if (worker == null) {
            return Flux.error(turn.noWorker("no routable worker left"));
        }
        turn.trying(worker);
        return onWorker(worker, turn, streaming)
                .doOnNext(chunk -> {
                    if (turn.delivered(worker)) {
                        router.served(turn.request().conversationId(), worker);
                    }
                })
                .onErrorResume(error -> recover(turn, worker, streaming, error));
    }

    private Flux<ChatChunk> recover(Turn turn, Worker worker, boolean streaming, Throwable error) {
        WorkerFailure failure = WorkerFailure.classify(error);
        if (turn.deliveredCount() > 0) {
            return Flux.error(new StreamInterruptedException(
                    "the reply from " + worker.id() + " broke after " + turn.deliveredCount() + " chunks: "
                            + failure.getMessage(),
                    turn.deliveredCount(),
                    worker.id(),
                    failure));
        }
        turn.failed(failure);
        FailureCause cause = failure.failureCause();
        if (!cause.failover()) {
            return Flux.error(new InferenceRejectedException(failure.getMessage(), failure.status(), failure));
        }
        if (turn.sent() >= properties.maxAttempts()) {
            return Flux.error(turn.noWorker("gave up after " + turn.sent() + " attempts"));
        }
        if (cause.requestSent()) {
            if (!budget.tryRetry()) {
                metrics.retryBudget("exhausted");
                return Flux.error(turn.noWorker("retry budget exhausted"));
            }
            metrics.retryBudget("spent");
        }
        metrics.failover(cause);
        return attempt(turn, streaming);
    }

    /** One attempt on one worker, with what the worker's health and our metrics learn from it. */
    private Flux<ChatChunk> onWorker(Worker worker, Turn turn, boolean streaming) {
        return Flux.defer(() -> {
                    long start = System.nanoTime();
                    long[] firstAt = {0};
                    long[] tokens = {0};
                    return call(worker, turn, streaming)
                            .doOnNext(chunk -> {
                                if (firstAt[0] == 0) {
                                    firstAt[0] = System.nanoTime();
                                    metrics.firstToken(worker, Duration.ofNanos(firstAt[0] - start));
                                }
                                tokens[0] = chunk.usage() != null
                                        ? chunk.usage().completionTokens()
                                        : tokens[0] + (chunk.text().isEmpty() ? 0 : 1);
                            })
                            .doOnComplete(() -> {
                                worker.succeeded();
                                metrics.streamed(worker, tokens[0], Duration.ofNanos(System.nanoTime() - firstAt[0]));
                            })
                            .doOnError(error -> {
                                WorkerFailure failure = WorkerFailure.classify(error);
                                if (failure.failureCause().workerAtFault()) {
                                    worker.failed(clock.instant());
                                }
                                if (failure.failureCause() == FailureCause.CONNECT) {
                                    worker.reported(HealthReport.DOWN);
                                }
                                if (failure.retryAfter().isPositive()) {
                                    worker.backOff(clock.instant(), failure.retryAfter());
                                }
                            });
                })
                .transformDeferred(CircuitBreakerOperator.of(worker.breaker()))
                .transformDeferred(BulkheadOperator.of(worker.bulkhead()))
                .doOnSubscribe(subscription -> worker.inFlight().incrementAndGet())
                .doFinally(signal -> worker.inFlight().decrementAndGet());
    }

    private Flux<ChatChunk> call(Worker worker, Turn turn, boolean streaming) {
        if (!streaming) {
            return client.complete(worker.address(), turn.request())
                    .map(reply -> new ChatChunk(reply.text(), reply.finishReason(), reply.usage(), reply.worker()))
                    .flux();
        }
        long first = properties.firstTokenTimeout().toNanos();
        long stall = properties.stallTimeout().toNanos();
        return Flux.defer(() -> {
            long start = System.nanoTime();
            return Watchdog.guard(
                    client.stream(worker.address(), turn.request()),
                    last -> last == Watchdog.NONE ? start + first : last + stall,
                    last -> last == Watchdog.NONE
                            ? new WorkerFailure(
                                    FailureCause.FIRST_TOKEN_TIMEOUT,
                                    "no first token in " + properties.firstTokenTimeout())
                            : new WorkerFailure(FailureCause.STALL, "no token for " + properties.stallTimeout()),
                    timers);
        });
    }

    /** The deadline of the whole turn, however many workers it tries. */
    private Flux<ChatChunk> withDeadline(Flux<ChatChunk> chunks, Turn turn) {
        return Flux.defer(() -> {
            long end = System.nanoTime() + properties.deadline().toNanos();
            return Watchdog.guard(
                    chunks,
                    last -> end,
                    last -> {
                        String passed = "deadline of " + properties.deadline() + " passed";
                        return turn.deliveredCount() > 0
                                ? new StreamInterruptedException(
                                        passed, turn.deliveredCount(), turn.servedBy(), new TimeoutException(passed))
                                : new NoWorkerAvailableException(
                                        "no reply within the deadline of " + properties.deadline(),
                                        new TimeoutException(passed));
                    },
                    timers);
        });
    }

    private static String outcomeOf(Throwable error) {
        return switch (error) {
            case NoWorkerAvailableException e -> "no_worker";
            case StreamInterruptedException e -> "interrupted";
            case InferenceRejectedException e -> "rejected";
            case InferenceException e -> "failed";
            default -> "failed";
        };
    }
}
