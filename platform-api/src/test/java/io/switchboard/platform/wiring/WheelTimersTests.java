package io.switchboard.platform.wiring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import reactor.test.StepVerifier;

class WheelTimersTests {

    private static final Duration BOUND = Duration.ofSeconds(5);

    private final WheelTimers timers = new WheelTimers(Duration.ofMillis(10));

    @AfterEach
    void stop() {
        timers.dispose();
    }

    @Test
    void aTimerFiresAfterItsDelayNeverBefore() throws InterruptedException {
        long started = System.nanoTime();
        AtomicLong firedAfter = new AtomicLong();
        CountDownLatch fired = new CountDownLatch(1);

        timers.schedule(
                () -> {
                    firedAfter.set(System.nanoTime() - started);
                    fired.countDown();
                },
                50,
                TimeUnit.MILLISECONDS);

        assertThat(fired.await(BOUND.toMillis(), TimeUnit.MILLISECONDS)).isTrue();
        assertThat(firedAfter.get()).isGreaterThanOrEqualTo(TimeUnit.MILLISECONDS.toNanos(50));
    }

    @Test
    void aCancelledTimerNeverFires() throws InterruptedException {
        AtomicInteger runs = new AtomicInteger();
        var cancelled = timers.schedule(runs::incrementAndGet, 30, TimeUnit.MILLISECONDS);
        CountDownLatch later = new CountDownLatch(1);
        timers.schedule(later::countDown, 100, TimeUnit.MILLISECONDS);

        cancelled.dispose();

        assertThat(later.await(BOUND.toMillis(), TimeUnit.MILLISECONDS)).isTrue();
        assertThat(runs).hasValue(0);
        assertThat(cancelled.isDisposed()).isTrue();
    }

    @Test
    void aTimeoutOnTheWheelFailsASilentSourceAndLeavesAnAnsweringOneAlone() {
        StepVerifier.create(Mono.never().timeout(Duration.ofMillis(40), timers))
                .expectError(TimeoutException.class)
                .verify(BOUND);
        StepVerifier.create(Mono.delay(Duration.ofMillis(5)).timeout(Duration.ofSeconds(2), timers))
                .expectNext(0L)
                .expectComplete()
                .verify(BOUND);
    }

    @Test
    void anIntervalOnTheWheelTicksUntilCancelled() throws InterruptedException {
        AtomicInteger ticks = new AtomicInteger();
        CountDownLatch three = new CountDownLatch(3);
        var interval = Flux.interval(Duration.ofMillis(20), timers).subscribe(tick -> {
            ticks.incrementAndGet();
            three.countDown();
        });

        assertThat(three.await(BOUND.toMillis(), TimeUnit.MILLISECONDS)).isTrue();
        interval.dispose();
        int atCancel = ticks.get();
        Thread.sleep(100);

        assertThat(ticks.get()).isBetween(atCancel, atCancel + 1);
    }

    @Test
    void aDisposedWorkerCancelsWhatItStillHolds() throws InterruptedException {
        AtomicInteger runs = new AtomicInteger();
        Scheduler.Worker worker = timers.createWorker();
        worker.schedule(runs::incrementAndGet, 30, TimeUnit.MILLISECONDS);
        worker.schedulePeriodically(runs::incrementAndGet, 30, 30, TimeUnit.MILLISECONDS);
        CountDownLatch later = new CountDownLatch(1);
        timers.schedule(later::countDown, 150, TimeUnit.MILLISECONDS);

        worker.dispose();

        assertThat(later.await(BOUND.toMillis(), TimeUnit.MILLISECONDS)).isTrue();
        assertThat(runs).hasValue(0);
        assertThatThrownBy(() -> worker.schedule(runs::incrementAndGet, 1, TimeUnit.MILLISECONDS))
                .isInstanceOf(RejectedExecutionException.class);
    }

    @Test
    void aStoppedWheelRejectsNewTimersSoATimeoutSetAfterShutdownFailsAtOnceInsteadOfNever() {
        timers.dispose();

        assertThat(timers.isDisposed()).isTrue();
        assertThatThrownBy(() -> timers.schedule(() -> {}, 1, TimeUnit.MILLISECONDS))
                .isInstanceOf(RejectedExecutionException.class);
        // Reactor treats a rejected timeout timer as the timeout itself
        StepVerifier.create(Mono.never().timeout(Duration.ofHours(1), timers))
                .expectError(TimeoutException.class)
                .verify(BOUND);
    }
}
