package io.switchboard.quota.internal;

import io.lettuce.core.ClientOptions;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.lettuce.core.SocketOptions;
import io.lettuce.core.TimeoutOptions;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.async.RedisAsyncCommands;
import io.lettuce.core.codec.StringCodec;
import io.lettuce.core.resource.ClientResources;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

/**
 * The quota's own Lettuce connection, opened lazily so that a Redis down at start-up is an outage (handled by the
 * plans' fail modes) rather than a start-up failure. Commands are rejected at once while disconnected instead of
 * being queued, so an admission never runs late against a bucket its caller already gave up on. Once connected,
 * Lettuce reconnects on its own; before that, a failed connection is retried at most once a second.
 */
final class RedisLink implements AutoCloseable {

    private final RedisClient client;
    private final RedisURI uri;
    private final AtomicReference<@Nullable CompletableFuture<StatefulRedisConnection<String, String>>> connection =
            new AtomicReference<>();

    /** How long a failed first connection is reported as failed before the next attempt. */
    private static final Duration RETRY_CONNECT = Duration.ofSeconds(1);

    private final AtomicBoolean closed = new AtomicBoolean();
    private volatile long retryAfter;

    RedisLink(String uri, Duration commandTimeout) {
        this(uri, commandTimeout, null);
    }

    /**
     * @param shared the application's Lettuce resources (event loops, timer) to run on, or null for the client's
     *     own; shared resources are not shut down with this link
     */
    RedisLink(String uri, Duration commandTimeout, @Nullable ClientResources shared) {
        this.uri = RedisURI.create(uri);
        this.client = shared == null ? RedisClient.create() : RedisClient.create(shared);
        client.setOptions(ClientOptions.builder()
                .autoReconnect(true)
                .disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS)
                .socketOptions(SocketOptions.builder()
                        .connectTimeout(commandTimeout.multipliedBy(5))
                        .build())
                .timeoutOptions(TimeoutOptions.enabled(commandTimeout))
                .build());
    }

    /**
     * The connection's commands, connecting first if no connection is open or being opened. A caller that gives up
     * (a timeout) does not cancel the shared connection attempt.
     */
    Mono<RedisAsyncCommands<String, String>> commands() {
        return Mono.defer(() -> Mono.fromFuture(current(), true)).map(StatefulRedisConnection::async);
    }

    private CompletableFuture<StatefulRedisConnection<String, String>> current() {
        CompletableFuture<StatefulRedisConnection<String, String>> existing = connection.get();
        if (existing != null && (!existing.isCompletedExceptionally() || System.nanoTime() < retryAfter)) {
            return existing;
        }
        CompletableFuture<StatefulRedisConnection<String, String>> attempt = new CompletableFuture<>();
        if (!connection.compareAndSet(existing, attempt)) {
            return current();
        }
        client.connectAsync(StringCodec.UTF8, uri).whenComplete((c, e) -> {
            if (e != null) {
                retryAfter = System.nanoTime() + RETRY_CONNECT.toNanos();
                attempt.completeExceptionally(e);
            } else {
                attempt.complete(c);
            }
        });
        return attempt;
    }

    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        CompletableFuture<StatefulRedisConnection<String, String>> c = connection.getAndSet(null);
        if (c != null && c.isDone() && !c.isCompletedExceptionally()) {
            c.join().close();
        }
        client.shutdown(Duration.ZERO, Duration.ofSeconds(2));
    }
}
