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
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.locks.LockSupport;

/**
 * Copies the outbox stream to PostgreSQL as a member of a consumer group: first its own pending entries (a
 * failed batch is retried, never acknowledged early), then entries another consumer left pending longer than
 * the claim idle time (XAUTOCLAIM: a crashed replica's), then new ones. It runs on one dedicated platform thread,
 * so its blocking Redis and JDBC calls never touch an event loop.
 */
final class OutboxWriter implements AutoCloseable {

    private static final System.Logger log = System.getLogger(OutboxWriter.class.getName());

    private final StatefulRedisConnection<String, byte[]> connection;
    private final KeyLayout keys;
    private final OutboxBatches batches;
    private final OutboxSettings settings;
    private final OutboxMetrics metrics;
    private final Consumer<String> consumer;
    private volatile boolean running;
    private volatile boolean groupReady;
    private Thread thread;

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

    /** Stops after the batch in hand; entries not yet acknowledged stay pending for this or another writer. */
    @Override
    public synchronized void close() {
        running = false;
        if (thread != null) {
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
        int failures = 0;
        while (running) {
            try {
                step(connection.sync());
                failures = 0;
            } catch (RedisException | SQLException e) {
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
                failures++;
                metrics.failed();
                log.log(System.Logger.Level.ERROR, "outbox writer failed unexpectedly, will retry", e);
                backOff(failures);
            }
        }
    }

    /** One round: the next batch written and acknowledged, and the backlog measured. */
    private void step(RedisCommands<String, byte[]> redis) throws SQLException {
        ensureGroup(redis);
        List<StreamMessage<String, byte[]>> batch = next(redis);
        metrics.backlog(redis.xlen(keys.outbox()));
        if (!batch.isEmpty()) {
            batches.process(redis, batch);
            metrics.backlog(redis.xlen(keys.outbox()));
        }
    }

    private List<StreamMessage<String, byte[]>> next(RedisCommands<String, byte[]> redis) {
        String outbox = keys.outbox();
        XReadArgs count = XReadArgs.Builder.count(settings.batchSize());
        List<StreamMessage<String, byte[]>> own = redis.xreadgroup(consumer, count, StreamOffset.from(outbox, "0"));
        if (!own.isEmpty()) {
            return own;
        }
        List<StreamMessage<String, byte[]>> claimed = redis.xautoclaim(
                        outbox,
                        new XAutoClaimArgs<String>()
                                .consumer(consumer)
                                .minIdleTime(settings.claimIdle())
                                .startId("0-0")
                                .count(settings.batchSize()))
                .getMessages();
        if (!claimed.isEmpty()) {
            metrics.claimed(claimed.size());
            return claimed;
        }
        XReadArgs blocking = XReadArgs.Builder.count(settings.batchSize()).block(settings.block());
        return redis.xreadgroup(consumer, blocking, StreamOffset.lastConsumed(outbox));
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
        long millis = Math.min(settings.maxBackoff().toMillis(), 100L << Math.min(failures, 10));
        LockSupport.parkNanos(Duration.ofMillis(millis).toNanos());
    }
}
