package io.switchboard.dialog.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.switchboard.dialog.ConversationKey;
import io.switchboard.dialog.Dialogs;
import io.switchboard.dialog.Turn;
import io.switchboard.testing.PrivateRedis;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.locks.LockSupport;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * Under a burst of turns the writer reads, claims and measures per batch or per second, not per turn: its Redis
 * calls are counted by a Redis server of the test's own ({@code INFO commandstats}), so no other test adds to them.
 */
class OutboxCostIntegrationTests {

    private static final int CLIENTS = 8;
    private static final int TURNS_EACH = 25;
    private static final Duration PACE = Duration.ofMillis(8);

    @Test
    void aBurstOfTurnsCostsTheWriterFarFewerStreamCallsThanTurnsAndEveryTurnLandsOnce() throws Exception {
        String prefix = DialogTestKit.randomPrefix("outbox-cost");
        DataSource db = DialogTestKit.sharedSchema();
        UUID tenant = DialogTestKit.tenant(db);
        SimpleMeterRegistry meters = new SimpleMeterRegistry();
        try (PrivateRedis redis = PrivateRedis.start()) {
            RedisClient client = DialogTestKit.redis(redis.uri());
            try (DialogStack stack = new DialogStack(DialogTestKit.properties(prefix, "w1"), client, db, meters);
                    StatefulRedisConnection<String, String> inspect = client.connect()) {
                stack.writer().start();
                List<Turn> acknowledged = new CopyOnWriteArrayList<>();
                acknowledged.add(DialogTestKit.appendNext(stack.dialogs(), DialogTestKit.conversation(tenant)));
                awaitTranscript(db, acknowledged); // the writer has started: its start-up reads are done
                long windowStart = System.nanoTime();
                Map<String, Long> before = calls(inspect);

                burst(stack.dialogs(), tenant, acknowledged);
                awaitTranscript(db, acknowledged);

                Map<String, Long> after = calls(inspect);
                Duration window = Duration.ofNanos(System.nanoTime() - windowStart);
                long seconds = window.toSeconds() + 1;
                int turns = CLIENTS * TURNS_EACH;
                assertThat(acknowledged).hasSize(turns + 1);
                assertThat(copies(db, acknowledged).values())
                        .as("copies of each message")
                        .allMatch(n -> n == 1);
                assertThat(meters.get("dialog.outbox.written").counter().count())
                        .isEqualTo(acknowledged.size());
                long reads = delta(before, after, "xreadgroup");
                long claims = delta(before, after, "xautoclaim");
                long lengths = delta(before, after, "xlen");
                System.out.printf(
                        "%d turns in %d ms: XREADGROUP %d, XAUTOCLAIM %d, XLEN %d%n",
                        turns, window.toMillis(), reads, claims, lengths);
                assertThat(reads + claims + lengths)
                        .as("XREADGROUP + XAUTOCLAIM + XLEN calls for %d turns", turns)
                        .isLessThanOrEqualTo(turns / 4);
                assertThat(claims + lengths)
                        .as("XAUTOCLAIM + XLEN calls in under %d s: each at most once a second", seconds)
                        .isLessThanOrEqualTo(2 * (seconds + 1));
                assertThat(meters.get("dialog.outbox.batch.size").summary().count())
                        .as("batches, one PostgreSQL transaction each, for %d turns and the first", turns)
                        .isLessThanOrEqualTo(turns / 4 + 1);
            } finally {
                client.shutdown();
            }
        }
    }

    /** {@link #CLIENTS} clients, each saving {@link #TURNS_EACH} turns of its own conversation at a steady pace. */
    private static void burst(Dialogs dialogs, UUID tenant, List<Turn> acknowledged) throws InterruptedException {
        List<Thread> clients = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
            ConversationKey key = DialogTestKit.conversation(tenant);
            clients.add(Thread.ofPlatform().name("burst-client-" + c).start(() -> {
                long next = System.nanoTime();
                for (int i = 0; i < TURNS_EACH; i++) {
                    acknowledged.add(DialogTestKit.appendNext(dialogs, key));
                    next += PACE.toNanos(); // at most 1,000 turns a second in all: a burst, not a flood
                    LockSupport.parkNanos(next - System.nanoTime());
                }
            }));
        }
        for (Thread client : clients) {
            assertThat(client.join(Duration.ofSeconds(60))).isTrue();
        }
    }

    private static void awaitTranscript(DataSource db, List<Turn> turns) {
        await().atMost(Duration.ofSeconds(30)).until(() -> copies(db, turns).size() == 2 * turns.size());
    }

    /** Calls per command since the server started, from {@code INFO commandstats}. */
    private static Map<String, Long> calls(StatefulRedisConnection<String, String> redis) {
        Map<String, Long> calls = new HashMap<>();
        for (String line : redis.sync().info("commandstats").split("\r?\n")) {
            if (line.startsWith("cmdstat_")) {
                String name = line.substring("cmdstat_".length(), line.indexOf(':'));
                String count = line.substring(line.indexOf("calls=") + "calls=".length(), line.indexOf(','));
                calls.put(name, Long.parseLong(count));
            }
        }
        return calls;
    }

    private static long delta(Map<String, Long> before, Map<String, Long> after, String command) {
        return after.getOrDefault(command, 0L) - before.getOrDefault(command, 0L);
    }

    private static Map<UUID, Integer> copies(DataSource db, List<Turn> turns) throws Exception {
        List<UUID> ids = new ArrayList<>();
        turns.forEach(t -> ids.addAll(List.of(t.user().id(), t.reply().id())));
        return DialogTestKit.transcriptCopies(db, ids);
    }
}
