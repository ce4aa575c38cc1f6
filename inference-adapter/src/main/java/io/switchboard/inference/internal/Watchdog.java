package io.switchboard.inference.internal;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongFunction;
import java.util.function.LongUnaryOperator;
import reactor.core.Disposable;
import reactor.core.Disposables;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Sinks;
import reactor.core.scheduler.Scheduler;

/**
 * Fails a stream when it is due and has not ended: one timer per stream, re-armed only when it fires early. A
 * per-item timeout ({@code Flux.timeout} with a function) schedules and cancels a timer for every chunk — two per chunk
 * here, the stall check and the deadline — and that timer traffic cost about a tenth of the platform's CPU per turn.
 */
final class Watchdog {

    /** The time of the last item that {@code due} and {@code failure} are given before the first item. */
    static final long NONE = Long.MIN_VALUE;

    private Watchdog() {}

    /**
     * {@code source}, failed with what {@code failure} makes of the time of the last item once the time {@code due}
     * gives for it passes before the stream ends (times in {@link System#nanoTime()} terms; {@link #NONE} before the
     * first item). The timer runs on {@code timers}.
     */
    static <T> Flux<T> guard(Flux<T> source, LongUnaryOperator due, LongFunction<Throwable> failure, Scheduler timers) {
        return Flux.defer(() -> {
            AtomicLong last = new AtomicLong(NONE);
            Sinks.Empty<T> alarm = Sinks.empty();
            Disposable.Swap timer = Disposables.swap();
            Runnable check = new Runnable() {
                @Override
                public void run() {
                    long lastItem = last.get();
                    long wait = due.applyAsLong(lastItem) - System.nanoTime();
                    if (wait <= 0) {
                        alarm.tryEmitError(failure.apply(lastItem));
                    } else {
                        timer.update(timers.schedule(this, wait, TimeUnit.NANOSECONDS));
                    }
                }
            };
            timer.update(timers.schedule(
                    check, Math.max(0, due.applyAsLong(NONE) - System.nanoTime()), TimeUnit.NANOSECONDS));
            return source.doOnNext(item -> last.set(System.nanoTime()))
                    .doOnComplete(alarm::tryEmitEmpty)
                    .mergeWith(alarm.asMono())
                    .doFinally(signal -> timer.dispose());
        });
    }
}
