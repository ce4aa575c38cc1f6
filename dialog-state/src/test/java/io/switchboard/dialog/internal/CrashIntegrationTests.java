package io.switchboard.dialog.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** A replica is killed with SIGKILL during a burst: another replica's writer claims what it left pending. */
class CrashIntegrationTests {

    @Test
    void noAcknowledgedTurnIsLostWhenAReplicaIsKilledMidBurst() throws Exception {
        String prefix = DialogTestKit.randomPrefix("crash");
        DataSource db = DialogTestKit.sharedSchema();
        UUID tenant = DialogTestKit.tenant(db);
        RedisClient client = DialogTestKit.redis(DialogTestKit.sharedRedisUri());
        StatefulRedisConnection<String, byte[]> inspect = client.connect(DialogStack.CODEC);
        KeyLayout keys = new KeyLayout(prefix);
        List<UUID> acknowledged = new CopyOnWriteArrayList<>();
        Process replica = startReplica(prefix, tenant);
        Thread reader = Thread.ofPlatform().start(() -> collectAcks(replica, acknowledged));
        try {
            await().atMost(Duration.ofSeconds(90))
                    .until(() -> acknowledged.size() >= 2 * 100
                            && inspect.sync()
                                            .xpending(keys.outbox(), keys.writerGroup())
                                            .getCount()
                                    > 0);

            replica.destroyForcibly(); // SIGKILL: no shutdown hook, no cleanup
            assertThat(replica.waitFor(10, java.util.concurrent.TimeUnit.SECONDS))
                    .isTrue();
            reader.join(Duration.ofSeconds(10));
            assertThat(inspect.sync()
                            .xpending(keys.outbox(), keys.writerGroup())
                            .getCount())
                    .as("entries the dead replica's writer had read but not written")
                    .isPositive();

            SimpleMeterRegistry meters = new SimpleMeterRegistry();
            try (DialogStack survivor =
                    new DialogStack(DialogTestKit.properties(prefix, "survivor"), client, db, meters)) {
                survivor.writer().start();
                await().atMost(Duration.ofSeconds(60))
                        .until(() ->
                                DialogTestKit.transcriptCopies(db, acknowledged).size() == acknowledged.size());
                Map<UUID, Integer> copies = DialogTestKit.transcriptCopies(db, acknowledged);
                assertThat(copies.values()).allMatch(n -> n == 1);
                assertThat(meters.get("dialog.outbox.claimed").counter().count())
                        .isPositive();
            }
        } finally {
            replica.destroyForcibly();
            inspect.close();
            client.shutdown();
            DialogTestKit.deleteKeys(DialogTestKit.sharedRedisUri(), prefix);
        }
    }

    private static Process startReplica(String prefix, UUID tenant) throws Exception {
        int deadPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            deadPort = socket.getLocalPort();
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(
                        java,
                        "-cp",
                        System.getProperty("java.class.path"),
                        OutboxCrashFixture.class.getName(),
                        DialogTestKit.sharedRedisUri(),
                        prefix,
                        tenant.toString(),
                        Integer.toString(deadPort))
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
    }

    private static void collectAcks(Process replica, List<UUID> acknowledged) {
        try (BufferedReader lines =
                new BufferedReader(new InputStreamReader(replica.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null) {
                String[] parts = line.split(" ");
                if (parts.length == 3 && parts[0].equals("ACK")) {
                    acknowledged.add(UUID.fromString(parts[1]));
                    acknowledged.add(UUID.fromString(parts[2]));
                }
            }
        } catch (java.io.IOException e) {
            // The replica died: what it printed before is what it acknowledged.
        }
    }
}
