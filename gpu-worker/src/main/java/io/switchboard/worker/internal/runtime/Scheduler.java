package io.switchboard.worker.internal.runtime;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Continuous batching on one inference thread. Every step: cancelled sequences leave and free their slot, waiting
 * requests join in FIFO order while a KV slot is free, then one forward pass feeds every running sequence — a
 * decode token each, and prompt chunks within a per-step prefill budget so long prompts never stall decoding.
 */
public final class Scheduler implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(Scheduler.class);

    /** What a caller holds on a submitted request. */
    public interface Handle {
        void cancel();
    }

    private final ModelRuntime runtime;
    private final WorkerMetrics metrics;
    private final int maxQueue;
    private final int prefillBudget;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition work = lock.newCondition();
    private final Deque<Sequence> waiting = new ArrayDeque<>();
    private final List<Sequence> running = new ArrayList<>();
    private final Deque<Integer> freeSlots = new ArrayDeque<>();
    private final Thread thread;
    private volatile int runningCount;
    private volatile boolean draining;
    private volatile boolean closed;

    public Scheduler(ModelRuntime runtime, WorkerMetrics metrics, int maxQueue) {
        this.runtime = runtime;
        this.metrics = metrics;
        this.maxQueue = maxQueue;
        this.prefillBudget = 2 * runtime.prefillChunk();
        for (int s = 0; s < runtime.slots(); s++) {
            freeSlots.add(s);
        }
        this.thread = Thread.ofPlatform().name("worker-inference").daemon().start(this::loop);
    }

    public Handle submit(long[] prompt, SamplingParams params, SequenceListener listener) {
        validate(prompt, params);
        Sequence seq = new Sequence(prompt, params, listener);
        lock.lock();
        try {
            if (draining || closed) {
                throw new DrainingException();
            }
            if (waiting.size() >= maxQueue) {
                metrics.rejected();
                throw new QueueFullException(maxQueue);
            }
            waiting.add(seq);
            work.signal();
        } finally {
            lock.unlock();
        }
        return () -> {
            seq.cancelled = true;
            wake();
        };
    }

    private void validate(long[] prompt, SamplingParams params) {
        if (prompt.length == 0) {
            throw new InvalidRequestException("the prompt is empty", "prompt", "invalid_prompt");
        }
        int vocab = runtime.config().vocabSize();
        for (long id : prompt) {
            if (id < 0 || id >= vocab) {
                throw new InvalidRequestException(
                        "token id " + id + " is outside the vocabulary of " + vocab, "prompt", "invalid_prompt");
            }
        }
        int limit = runtime.windowed() ? runtime.config().maxPositionEmbeddings() : runtime.maxModelLen();
        if ((long) prompt.length + params.maxTokens() > limit) {
            throw new InvalidRequestException(
                    "this model's maximum context length is " + limit + " tokens; the prompt has " + prompt.length
                            + " and max_tokens asks for " + params.maxTokens(),
                    "max_tokens",
                    "context_length_exceeded");
        }
    }

    public int running() {
        return runningCount;
    }

    public int waiting() {
        lock.lock();
        try {
            return waiting.size();
        } finally {
            lock.unlock();
        }
    }

    public double kvUsage() {
        return runtime.kvUsage();
    }

    public boolean draining() {
        return draining;
    }

    /** Refuses new requests and waits, bounded, until every accepted one has finished. */
    public boolean drain(Duration timeout) throws InterruptedException {
        draining = true;
        long deadline = System.nanoTime() + timeout.toNanos();
        lock.lock();
        try {
            while (!waiting.isEmpty() || runningCount > 0) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                work.awaitNanos(Math.min(left, 50_000_000L));
            }
            return true;
        } finally {
            lock.unlock();
        }
    }

    private void wake() {
        lock.lock();
        try {
            work.signalAll();
        } finally {
            lock.unlock();
        }
    }

    private void loop() {
        while (!closed) {
            try {
                if (!admit()) {
                    continue;
                }
                step();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                log.error("inference step failed; failing the running sequences", e);
                for (Sequence s : List.copyOf(running)) {
                    finish(s, null, e);
                }
            }
        }
    }

    /** Drops cancelled sequences, admits waiting ones; false (after waiting a little) when nothing runs. */
    private boolean admit() throws InterruptedException {
        for (Sequence s : List.copyOf(running)) {
            if (s.cancelled) {
                finish(s, "cancelled", null);
            }
        }
        lock.lock();
        try {
            waiting.removeIf(s -> s.cancelled);
            while (!waiting.isEmpty() && !freeSlots.isEmpty()) {
                Sequence s = waiting.poll();
                s.slot = freeSlots.poll();
                s.admittedNanos = System.nanoTime();
                s.text = new TextStream(runtime.codec(), s.params.stop());
                metrics.queueTime.observeNanos(s.admittedNanos - s.enqueuedNanos);
                running.add(s);
            }
            runningCount = running.size();
            if (running.isEmpty()) {
                work.signalAll();
                work.await(100, java.util.concurrent.TimeUnit.MILLISECONDS);
                return false;
            }
            return true;
        } finally {
            lock.unlock();
        }
    }

    private void step() {
        List<Chunk> chunks = new ArrayList<>();
        List<Sequence> sampled = new ArrayList<>();
        int budget = prefillBudget;
        for (Sequence s : running) {
            if (!s.prefilling()) {
                chunks.add(new Chunk(s.slot, new long[] {s.lastToken()}, s.position(), true));
                sampled.add(s);
            } else if (budget > 0) {
                int len = Math.min(Math.min(runtime.prefillChunk(), budget), s.prompt.length - s.fed);
                long[] tokens = java.util.Arrays.copyOfRange(s.prompt, s.fed, s.fed + len);
                boolean last = s.fed + len == s.prompt.length;
                chunks.add(new Chunk(s.slot, tokens, s.fed, last));
                s.fed += len;
                budget -= len;
                metrics.promptTokens.addAndGet(len);
                if (last) {
                    sampled.add(s);
                }
            }
        }
        float[][] logits = runtime.forward(chunks);
        for (int i = 0; i < sampled.size(); i++) {
            accept(sampled.get(i), logits[i]);
        }
    }

    private void accept(Sequence s, float[] logits) {
        int token = Sampler.sample(logits, s.params, s.random);
        long now = System.nanoTime();
        if (s.generatedCount == 0) {
            metrics.timeToFirstToken.observeNanos(now - s.enqueuedNanos);
        } else {
            metrics.interToken.observeNanos(now - s.lastTokenNanos);
        }
        s.lastTokenNanos = now;
        s.append(token);
        metrics.generationTokens.incrementAndGet();
        boolean eos = runtime.config().eosTokenIds().contains(token);
        TextStream text = java.util.Objects.requireNonNull(s.text);
        String delta = eos ? "" : text.next(s.generatedIds());
        s.listener.onToken(s.event(logits, token, delta, id -> runtime.codec().decode(new long[] {id})));
        if (eos || text.stopped()) {
            finish(s, "stop", null);
        } else if (s.generatedCount >= s.params.maxTokens()) {
            finish(s, "length", null);
        }
    }

    private void finish(Sequence s, @Nullable String reason, @Nullable RuntimeException error) {
        running.remove(s);
        runtime.release(s.slot);
        lock.lock();
        try {
            freeSlots.add(s.slot);
            runningCount = running.size();
            work.signalAll();
        } finally {
            lock.unlock();
        }
        metrics.requestsFinished.incrementAndGet();
        metrics.endToEnd.observeNanos(System.nanoTime() - s.enqueuedNanos);
        if (error != null) {
            s.listener.onError(error);
            return;
        }
        String done = java.util.Objects.requireNonNull(reason);
        String rest = s.text == null || done.equals("cancelled") ? "" : s.text.flush();
        if (!rest.isEmpty()) {
            s.listener.onToken(new TokenEvent(-1, rest, null, java.util.Map.of()));
        }
        s.listener.onComplete(new Completion(done, s.prompt.length, s.generatedCount));
    }

    @Override
    public void close() {
        closed = true;
        wake();
        try {
            thread.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
