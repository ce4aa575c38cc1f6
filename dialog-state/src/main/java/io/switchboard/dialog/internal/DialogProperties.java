package io.switchboard.dialog.internal;

import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * {@code switchboard.dialog.*}: where the state lives, how long it idles, how big the context window and the
 * summary may grow, and how the outbox writer reads. Checked when bound, so a bad value stops start-up.
 *
 * @param keyPrefix first segment of every Redis key (and of the outbox stream)
 * @param redisUri the Redis server, used when the application defines no {@code dialogRedisClient} bean; unset,
 *     the application's {@code spring.data.redis.url}, else {@code redis://127.0.0.1:6379}
 * @param commandTimeout how long a Redis command may take; longer than the outbox's blocking read
 * @param idleTtl how long an untouched conversation keeps its state in Redis
 * @param erasureTombstoneTtl how long an erased conversation refuses late turns
 * @param maxTurnSize the largest user message plus reply accepted in one turn
 * @param maxDomainStateSize the largest pinned-entities plus flow state accepted
 * @param jdbcThreads threads of the bounded scheduler that reads the transcript on a cache miss
 */
@ConfigurationProperties("switchboard.dialog")
record DialogProperties(
        @DefaultValue("switchboard:dialog") String keyPrefix,
        @Nullable String redisUri,
        @DefaultValue("3s") Duration commandTimeout,
        @DefaultValue("24h") Duration idleTtl,
        @DefaultValue("30d") Duration erasureTombstoneTtl,
        @DefaultValue Window window,
        @DefaultValue("64KB") DataSize maxTurnSize,
        @DefaultValue("16KB") DataSize maxDomainStateSize,
        @DefaultValue("4") int jdbcThreads,
        @DefaultValue Outbox outbox) {

    DialogProperties {
        new KeyLayout(keyPrefix);
        requirePositive(commandTimeout, "command-timeout");
        requirePositive(idleTtl, "idle-ttl");
        requirePositive(erasureTombstoneTtl, "erasure-tombstone-ttl");
        if (maxTurnSize.toBytes() < 1 || maxDomainStateSize.toBytes() < 1 || jdbcThreads < 1) {
            throw new IllegalArgumentException(
                    "switchboard.dialog.max-turn-size, max-domain-state-size and jdbc-threads must be positive");
        }
        if (commandTimeout.compareTo(outbox.block()) <= 0) {
            throw new IllegalArgumentException(
                    "switchboard.dialog.command-timeout must be longer than switchboard.dialog.outbox.block");
        }
    }

    /** Defaults, for code that builds the store without Spring. */
    static DialogProperties defaults(String keyPrefix) {
        return new DialogProperties(
                keyPrefix,
                "redis://127.0.0.1:6379",
                Duration.ofSeconds(3),
                Duration.ofHours(24),
                Duration.ofDays(30),
                new Window(2048, 8, 768),
                DataSize.ofKilobytes(64),
                DataSize.ofKilobytes(16),
                4,
                new Outbox(
                        true,
                        "",
                        200,
                        Duration.ofSeconds(1),
                        Duration.ofMillis(20),
                        Duration.ofSeconds(30),
                        Duration.ofSeconds(5)));
    }

    /**
     * The context window: at most {@code maxTurns} recent turns within {@code maxTokens}; older turns are folded
     * into a summary of at most {@code summaryChars} characters.
     */
    record Window(
            @DefaultValue("2048") int maxTokens,
            @DefaultValue("8") int maxTurns,
            @DefaultValue("768") int summaryChars) {

        Window {
            if (maxTokens < 1 || maxTurns < 1 || summaryChars < Summaries.MIN_CHARS) {
                throw new IllegalArgumentException("switchboard.dialog.window needs max-tokens and max-turns of at"
                        + " least 1 and summary-chars of at least " + Summaries.MIN_CHARS);
            }
        }

        WindowPolicy policy() {
            return new WindowPolicy(maxTokens, maxTurns, new Summaries(summaryChars));
        }
    }

    /**
     * The transcript writer: whether this replica runs one, its consumer name (default host and process id),
     * batch size, how long a read blocks, how long it lingers after a read short of a full batch (its batch
     * written first) so the next batch gathers more turns (0: never), after how long another consumer's pending
     * entries are claimed.
     */
    record Outbox(
            @DefaultValue("true") boolean enabled,
            @DefaultValue("") String consumerName,
            @DefaultValue("200") int batchSize,
            @DefaultValue("1s") Duration block,
            @DefaultValue("20ms") Duration linger,
            @DefaultValue("30s") Duration claimIdle,
            @DefaultValue("5s") Duration maxBackoff) {

        Outbox {
            if (batchSize < 1 || batchSize > 10_000) {
                throw new IllegalArgumentException("switchboard.dialog.outbox.batch-size must be in [1, 10000]");
            }
            requirePositive(block, "outbox.block");
            if (linger.isNegative()) {
                throw new IllegalArgumentException("switchboard.dialog.outbox.linger must not be negative: " + linger);
            }
            requirePositive(claimIdle, "outbox.claim-idle");
            requirePositive(maxBackoff, "outbox.max-backoff");
        }

        OutboxSettings settings() {
            String name = consumerName.isBlank() ? defaultConsumerName() : consumerName;
            return new OutboxSettings(name, batchSize, block, linger, claimIdle, maxBackoff);
        }

        private static String defaultConsumerName() {
            String host = System.getenv().getOrDefault("HOSTNAME", "host");
            return host + "-" + ProcessHandle.current().pid();
        }
    }

    Limits limits() {
        return new Limits(idleTtl, erasureTombstoneTtl, maxTurnSize.toBytes(), maxDomainStateSize.toBytes());
    }

    private static void requirePositive(Duration duration, String name) {
        if (duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException("switchboard.dialog." + name + " must be positive: " + duration);
        }
    }
}
