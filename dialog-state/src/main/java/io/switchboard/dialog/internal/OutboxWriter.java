package io.switchboard.dialog.internal;

import io.lettuce.core.Consumer;
import io.lettuce.core.RedisBusyException;
import io.lettuce.core.RedisException;
import io.lettuce.core.StreamMessage;
import io.lettuce.core.XAutoClaimArgs;
import io.lettuce.core.XGroupCreateArgs;
import io.lettuce.core.XReadArgs;
import io.lettuce.core.XReadArgs.StreamOffset;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;
import io.lettuce.core.models.stream.ClaimedMessages;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.locks.LockSupport;
import org.jspecify.annotations.Nullable;

/**
 * Copies the outbox stream to PostgreSQL as a member of a consumer group: its own pending entries at start and
 * after a failed round (a failed batch is retried, never acknowledged early), entries another consumer left
 * pending longer than the claim idle time on a timer (XAUTOCLAIM: a crashed replica's), else new ones. A read
 * short of a full batch is followed, once its batch is written, by a short linger so the next batch gathers more
 * turns. It runs on one dedicated platform thread, so its blocking Redis and JDBC calls never touch an event loop.
 */
final class OutboxWriter implements AutoCloseable {

    private static final System.Logger log = System.getLogger(OutboxWriter.class.getName());
    /** How long a closing writer spends on its last pass at most. */
    private static final Duration LAST_PASS = Duration.ofSeconds(2);

    private final StatefulRedisConnection<String, byte[]> connection;
    private final KeyLayout keys;
    private final OutboxBatches batches;
    private final OutboxSettings settings;
    private final OutboxMetrics metrics;
    private final Consumer<String> consumer;
    private volatile boolean running;
    private volatile boolean groupReady;
    private @Nullable Thread thread;

    OutboxWriter(
            StatefulRedisConnection<String, byte[]> connection,
            KeyLayout keys,
            OutboxBatches batches,
            OutboxSettings settings,
            OutboxMetrics metrics) {
        this.connection = connection;
        this.keys = keys;
        this.batches = batches;
        this.settings = settings;
        this.metrics = metrics;
        this.consumer = Consumer.from(keys.writerGroup(), settings.consumerName());
    }

    synchronized void start() {
        if (!running) {
            running = true;
            thread = Thread.ofPlatform().name("dialog-outbox-writer").daemon().start(this::run);
        }
    }

    /**
     * Stops after the batch in hand and then a last pass over what the outbox holds for this group now (at most
     * {@link #LAST_PASS} of it), so that a replica being stopped writes the turns it answered while its web server
     * drained; what is left, and anything appended later, stays pending for this or another writer.
     */
    @Override
    public synchronized void close() {
        running = false;
        if (thread != null) {
            LockSupport.unpark(thread); // out of a linger or a back-off at once
            try {
                thread.join(settings.block().plusSeconds(10).toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    boolean isRunning() {
        return running;
    }

    private void run() {
        OutboxReads reads = new OutboxReads(settings.claimIdle(), System.nanoTime());
        int failures = 0;
        while (running) {
            try {
                int read = step(connection.sync(), reads);
                failures = 0;
                if (read > 0 && read < settings.batchSize()) {
                    pause(settings.linger()); // after the write: a short batch never waits, the next one gathers
                }
            } catch (RedisException | SQLException e) {
                reads.failed();
                failures++;
                metrics.failed();
                if (e instanceof RedisException
                        && String.valueOf(e.getMessage()).startsWith("NOGROUP")) {
                    groupReady = false;
                }
                if (failures == 1 || failures % 50 == 0) {
                    log.log(
                            System.Logger.Level.WARNING,
                            "outbox writer failed ({0} in a row), will retry: {1}",
                            failures,
                            e);
                }
                backOff(failures);
            } catch (VirtualMachineError fatal) {
                throw fatal;
            } catch (RuntimeException | Error e) {
                // e.g. pgJDBC asserts on a connection that died mid-batch (under -ea): the writer must outlive it,
                // or the backlog would never drain
                reads.failed();
                failures++;
                metrics.failed();
                log.log(System.Logger.Level.ERROR, "outbox writer failed unexpectedly, will retry", e);
                backOff(failures);
            }
        }
        lastPass();
    }

    /**
     * The last pass of a closing writer: new entries, a batch at a time without waiting for more, until none is left
     * or {@link #LAST_PASS} has gone by. A failure ends it: the entries stay pending, as for any failed batch.
     */
    private void lastPass() {
        long deadline = System.nanoTime() + LAST_PASS.toNanos();
        int written = 0;
        try {
            RedisCommands<String, byte[]> redis = connection.sync();
            ensureGroup(redis);
            while (System.nanoTime() < deadline) {
                List<StreamMessage<String, byte[]>> batch = redis.xreadgroup(
                        consumer,
                        XReadArgs.Builder.count(settings.batchSize()),
                        StreamOffset.lastConsumed(keys.outbox()));
                if (batch.isEmpty()) {
                    break;
                }
                metrics.batch(batch.size());
                batches.process(redis, batch);
                written += batch.size();
            }
        } catch (VirtualMachineError fatal) {
            throw fatal;
        } catch (SQLException | RuntimeException | Error e) {
            metrics.failed();
            log.log(
                    System.Logger.Level.WARNING,
                    "outbox writer stopped before its last pass was done; the rest stays pending: {0}",
                    e.toString());
        }
        if (written > 0) {
            log.log(System.Logger.Level.INFO, "outbox writer wrote {0} entries in its last pass", written);
        }
    }

    /** One round: the next batch written and acknowledged (and the backlog measured when due); its size. */
    private int step(RedisCommands<String, byte[]> redis, OutboxReads reads) throws SQLException {
        ensureGroup(redis);
        List<StreamMessage<String, byte[]>> batch = next(redis, reads);
        if (reads.backlogDue(System.nanoTime())) {
            metrics.backlog(redis.xlen(keys.outbox()));
        }
        if (!batch.isEmpty()) {
            metrics.batch(batch.size());
            batches.process(redis, batch);
        }
        return batch.size();
    }

    private List<StreamMessage<String, byte[]>> next(RedisCommands<String, byte[]> redis, OutboxReads reads) {
        String outbox = keys.outbox();
        int batchSize = settings.batchSize();
        if (reads.ownDue()) {
            List<StreamMessage<String, byte[]>> own =
                    redis.xreadgroup(consumer, XReadArgs.Builder.count(batchSize), StreamOffset.from(outbox, "0"));
            reads.ownRead(own.size(), batchSize);
            if (!own.isEmpty()) {
                return own;
            }
        }
        if (reads.claimDue(System.nanoTime())) {
            List<StreamMessage<String, byte[]>> claimed = claim(redis, reads);
            if (!claimed.isEmpty()) {
                metrics.claimed(claimed.size());
                return claimed;
            }
        }
        XReadArgs blocking = XReadArgs.Builder.count(batchSize).block(settings.block());
        return redis.xreadgroup(consumer, blocking, StreamOffset.lastConsumed(outbox));
    }

    private List<StreamMessage<String, byte[]>> claim(RedisCommands<String, byte[]> redis, OutboxReads reads) {
        ClaimedMessages<String, byte[]> claimed = redis.xautoclaim(
                keys.outbox(),
                new XAutoClaimArgs<String>()
                        .consumer(consumer)
                        .minIdleTime(settings.claimIdle())
                        .startId(reads.claimCursor())
                        .count(settings.batchSize()));
        reads.claimed(claimed.getId(), System.nanoTime());
        return claimed.getMessages();
    }

    private void ensureGroup(RedisCommands<String, byte[]> redis) {
        if (groupReady) {
            return;
        }
        try {
            redis.xgroupCreate(
                    StreamOffset.from(keys.outbox(), "0"), keys.writerGroup(), XGroupCreateArgs.Builder.mkstream());
        } catch (RedisBusyException e) {
            // The group exists already: another writer (or an earlier run) made it.
        }
        groupReady = true;
    }

    private void backOff(int failures) {
        pause(Duration.ofMillis(Math.min(settings.maxBackoff().toMillis(), 100L << Math.min(failures, 10))));
    }

    /** Waits {@code time}, or less if the writer is closed meanwhile ({@link #close()} unparks it). */
    private void pause(Duration time) {
        long until = System.nanoTime() + time.toNanos();
        for (long left = time.toNanos(); running && left > 0; left = until - System.nanoTime()) {
            LockSupport.parkNanos(this, left);
        }
    }
}
