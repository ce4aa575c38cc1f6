package io.switchboard.platform.wiring;

import io.netty.util.HashedWheelTimer;
import io.netty.util.Timeout;
import java.time.Duration;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import reactor.core.Disposable;
import reactor.core.Disposables;
import reactor.core.Exceptions;
import reactor.core.scheduler.Scheduler;

/**
 * A Reactor {@link Scheduler} for timeouts, on one timing wheel (Netty's {@link HashedWheelTimer}): scheduling or
 * cancelling a timer is a queue insert, with no thread to wake. A turn sets about six timers (quota calls, the lease
 * renewal, the adapter's watchdogs) and nearly all are cancelled within milliseconds; on {@code Schedulers.parallel()}
 * each one woke a timer thread, 3.6 context switches per turn on two cores. Here the wheel's thread wakes once per
 * tick whatever the traffic, and a timer fires up to one tick late, never early.
 *
 * <p>For timers only: a task scheduled without a delay also waits for the next tick, and every task runs on the
 * wheel's one thread, so tasks must be short (emitting a timeout error is).
 */
final class WheelTimers implements Scheduler {

    private final HashedWheelTimer wheel;
    private volatile boolean stopped;

    WheelTimers(Duration tick) {
        this.wheel = new HashedWheelTimer(
                task -> {
                    Thread thread = new Thread(task, "switchboard-timers");
                    thread.setDaemon(true);
                    return thread;
                },
                tick.toNanos(),
                TimeUnit.NANOSECONDS);
    }

    @Override
    public Disposable schedule(Runnable task) {
        return schedule(task, 0, TimeUnit.NANOSECONDS);
    }

    @Override
    public Disposable schedule(Runnable task, long delay, TimeUnit unit) {
        return new Once(task).arm(delay, unit, null);
    }

    @Override
    public Disposable schedulePeriodically(Runnable task, long initialDelay, long period, TimeUnit unit) {
        return new Periodic(task, period, unit, null).arm(initialDelay, unit);
    }

    @Override
    public Worker createWorker() {
        return new WheelWorker();
    }

    @Override
    public void dispose() {
        stopped = true;
        wheel.stop();
    }

    @Override
    public boolean isDisposed() {
        return stopped;
    }

    private Timeout newTimeout(Runnable task, long delay, TimeUnit unit) {
        try {
            return wheel.newTimeout(timeout -> task.run(), Math.max(0, delay), unit);
        } catch (IllegalStateException stopped) {
            throw Exceptions.failWithRejected(stopped);
        }
    }

    /** A task that runs once, unless disposed first; it leaves its worker's set when it runs or is disposed. */
    private final class Once implements Disposable {

        private final Runnable task;
        private volatile Timeout timeout;
        private volatile boolean disposed;
        private Disposable.Composite owner;

        Once(Runnable task) {
            this.task = task;
        }

        Disposable arm(long delay, TimeUnit unit, Disposable.Composite worker) {
            if (worker != null && !worker.add(this)) {
                throw Exceptions.failWithRejected();
            }
            this.owner = worker;
            timeout = newTimeout(this::run, delay, unit);
            if (disposed) {
                timeout.cancel();
            }
            return this;
        }

        private void run() {
            if (!disposed) {
                task.run();
            }
            disposed = true;
            leave();
        }

        @Override
        public void dispose() {
            disposed = true;
            Timeout armed = timeout;
            if (armed != null) {
                armed.cancel();
            }
            leave();
        }

        @Override
        public boolean isDisposed() {
            return disposed;
        }

        private void leave() {
            if (owner != null) {
                owner.remove(this);
            }
        }
    }

    /** A task that runs at a fixed rate until disposed. */
    private final class Periodic implements Disposable {

        private final Runnable task;
        private final long periodNanos;
        private final Disposable.Composite owner;
        private final Disposable.Swap current = Disposables.swap();
        private long next;

        Periodic(Runnable task, long period, TimeUnit unit, Disposable.Composite worker) {
            this.task = task;
            this.periodNanos = unit.toNanos(period);
            this.owner = worker;
            if (periodNanos <= 0) {
                throw new IllegalArgumentException("period must be positive: " + period + " " + unit);
            }
        }

        Disposable arm(long initialDelay, TimeUnit unit) {
            if (owner != null && !owner.add(this)) {
                throw Exceptions.failWithRejected();
            }
            next = System.nanoTime() + unit.toNanos(Math.max(0, initialDelay));
            current.update(newTimeout(this::run, next - System.nanoTime(), TimeUnit.NANOSECONDS)::cancel);
            return this;
        }

        private void run() {
            if (current.isDisposed()) {
                return;
            }
            task.run();
            next += periodNanos;
            try {
                current.update(newTimeout(this::run, next - System.nanoTime(), TimeUnit.NANOSECONDS)::cancel);
            } catch (RejectedExecutionException stopped) {
                dispose();
            }
        }

        @Override
        public void dispose() {
            current.dispose();
            if (owner != null) {
                owner.remove(this);
            }
        }

        @Override
        public boolean isDisposed() {
            return current.isDisposed();
        }
    }

    /** Runs its tasks one at a time (the wheel has one thread) and cancels those still pending when disposed. */
    private final class WheelWorker implements Worker {

        private final Disposable.Composite tasks = Disposables.composite();

        @Override
        public Disposable schedule(Runnable task) {
            return schedule(task, 0, TimeUnit.NANOSECONDS);
        }

        @Override
        public Disposable schedule(Runnable task, long delay, TimeUnit unit) {
            return new Once(task).arm(delay, unit, tasks);
        }

        @Override
        public Disposable schedulePeriodically(Runnable task, long initialDelay, long period, TimeUnit unit) {
            return new Periodic(task, period, unit, tasks).arm(initialDelay, unit);
        }

        @Override
        public void dispose() {
            tasks.dispose();
        }

        @Override
        public boolean isDisposed() {
            return tasks.isDisposed();
        }
    }
}
