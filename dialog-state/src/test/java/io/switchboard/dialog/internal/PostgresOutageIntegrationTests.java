package io.switchboard.dialog.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.lettuce.core.RedisClient;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.switchboard.dialog.ConversationKey;
import io.switchboard.dialog.Turn;
import io.switchboard.testing.PrivatePostgres;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** PostgreSQL stops under a steady stream of turns and comes back: late, not lost, and nothing twice. */
class PostgresOutageIntegrationTests {

    /** How long PostgreSQL stays down at least: short in the suite, e.g. {@code -Ddialog.outage-seconds=60} apart. */
    private static final Duration PACE = Duration.ofMillis(5);

    private static final Duration OUTAGE = Duration.ofSeconds(Integer.getInteger("dialog.outage-seconds", 0));

    @Test
    void everyTurnAcknowledgedDuringAnOutageIsInPostgresExactlyOnceAfterIt() throws Exception {
        String prefix = DialogTestKit.randomPrefix("outage");
        SimpleMeterRegistry meters = new SimpleMeterRegistry();
        try (PrivatePostgres postgres = PrivatePostgres.create()) {
            DataSource db = DialogTestKit.migrated(postgres.endpoint());
            UUID tenant = DialogTestKit.tenant(db);
            RedisClient client = DialogTestKit.redis(DialogTestKit.sharedRedisUri());
            try (DialogStack stack = new DialogStack(DialogTestKit.properties(prefix, "w1"), client, db, meters)) {
                stack.writer().start();
                List<ConversationKey> conversations =
                        List.of(DialogTestKit.conversation(tenant), DialogTestKit.conversation(tenant));
                List<Turn> acknowledged = new CopyOnWriteArrayList<>();
                AtomicBoolean sending = new AtomicBoolean(true);
                Thread clients = Thread.ofPlatform().name("steady-clients").start(() -> {
                    long next = System.nanoTime();
                    for (int i = 0; sending.get() && i < 100_000; i++) {
                        try {
                            acknowledged.add(DialogTestKit.appendNext(stack.dialogs(), conversations.get(i % 2)));
                        } catch (io.switchboard.dialog.DialogException e) {
                            if (!e.retryable()) {
                                throw e;
                            }
                            // not acknowledged, so not owed to PostgreSQL; a client would retry (a slow CI host)
                        }
                        next += PACE.toNanos(); // a steady stream, not a flood: at most 200 turns a second
                        LockSupport.parkNanos(next - System.nanoTime());
                    }
                });

                await().atMost(Duration.ofSeconds(30)).until(() -> rows(db) >= 20);
                postgres.stop();
                int atStop = acknowledged.size();
                long stoppedAt = System.nanoTime();
                await().atMost(OUTAGE.plusSeconds(30))
                        .until(() -> acknowledged.size() >= atStop + 40
                                && meters.get("dialog.outbox.backlog").gauge().value() >= 30
                                && System.nanoTime() - stoppedAt >= OUTAGE.toNanos());
                assertThat(meters.get("dialog.outbox.failures").counter().count())
                        .isPositive();
                postgres.start();
                int atStart = acknowledged.size();
                await().atMost(Duration.ofSeconds(30)).until(() -> acknowledged.size() >= atStart + 20);
                sending.set(false);
                clients.join(Duration.ofSeconds(10));

                long drainStart = System.nanoTime();
                await().atMost(OUTAGE.plusSeconds(60)).until(() -> rows(db) >= 2L * acknowledged.size());
                System.out.printf(
                        "outage of %d s: %d turns acknowledged in all, transcript complete %d ms after the last%n",
                        OUTAGE.toSeconds(), acknowledged.size(), (System.nanoTime() - drainStart) / 1_000_000);
                Map<UUID, Integer> copies = messageCopies(db);
                List<UUID> expected = new ArrayList<>();
                acknowledged.forEach(
                        t -> expected.addAll(List.of(t.user().id(), t.reply().id())));
                assertThat(copies.keySet()).containsExactlyInAnyOrderElementsOf(expected);
                assertThat(copies.values()).allMatch(n -> n == 1);
                await().atMost(Duration.ofSeconds(10))
                        .until(() -> meters.get("dialog.outbox.backlog").gauge().value() == 0);
            } finally {
                client.shutdown();
                DialogTestKit.deleteKeys(DialogTestKit.sharedRedisUri(), prefix);
            }
        }
    }

    private static long rows(DataSource db) {
        try {
            return DialogTestKit.count(db, "SELECT count(*) FROM messages");
        } catch (RuntimeException e) {
            return -1;
        }
    }

    private static Map<UUID, Integer> messageCopies(DataSource db) throws Exception {
        Map<UUID, Integer> copies = new HashMap<>();
        try (Connection c = db.getConnection();
                Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT id FROM messages")) {
            while (r.next()) {
                copies.merge(r.getObject(1, UUID.class), 1, Integer::sum);
            }
        }
        return copies;
    }
}
