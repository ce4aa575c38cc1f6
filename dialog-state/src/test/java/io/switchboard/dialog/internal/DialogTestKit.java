package io.switchboard.dialog.internal;

import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.lettuce.core.resource.ClientResources;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.switchboard.dialog.ConversationKey;
import io.switchboard.dialog.Dialog;
import io.switchboard.dialog.DomainState;
import io.switchboard.dialog.Entity;
import io.switchboard.dialog.Turn;
import io.switchboard.dialog.Utterance;
import io.switchboard.testing.TestServices;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.jspecify.annotations.Nullable;
import org.postgresql.ds.PGSimpleDataSource;
import org.springframework.util.unit.DataSize;

/** Builds what the dialog tests, the crash fixture and the benchmark need: clients, schemas, tenants, turns. */
final class DialogTestKit {

    private DialogTestKit() {}

    static String randomPrefix(String test) {
        return "test:" + test + ":" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** Short timings so fault tests finish quickly: the writer claims entries idle for 1 s; the default linger. */
    static DialogProperties properties(String prefix, String consumer) {
        return new DialogProperties(
                prefix,
                "redis://127.0.0.1:6379",
                Duration.ofSeconds(2),
                Duration.ofMinutes(10),
                Duration.ofMinutes(10),
                new DialogProperties.Window(2048, 8, 768),
                DataSize.ofKilobytes(64),
                DataSize.ofKilobytes(16),
                2,
                new DialogProperties.Outbox(
                        true,
                        consumer,
                        100,
                        Duration.ofMillis(200),
                        Duration.ofMillis(20),
                        Duration.ofSeconds(1),
                        Duration.ofMillis(500)));
    }

    static RedisClient redis(String uri) {
        return redis(uri, null);
    }

    static RedisClient redis(String uri, @Nullable ClientResources resources) {
        RedisURI redisUri = RedisURI.create(uri);
        redisUri.setTimeout(Duration.ofSeconds(2));
        return resources == null ? RedisClient.create(redisUri) : RedisClient.create(resources, redisUri);
    }

    static String sharedRedisUri() {
        return TestServices.get().redis().uri();
    }

    static DialogStack stack(DialogProperties properties, RedisClient client, @Nullable DataSource dataSource) {
        return new DialogStack(properties, client, dataSource, new SimpleMeterRegistry());
    }

    private static @Nullable DataSource shared;

    /** One fresh, migrated database for all the dialog tests of this JVM (creating one is slow on a busy host). */
    static synchronized DataSource sharedSchema() {
        if (shared == null) {
            shared = freshSchema("dialog_state");
        }
        return shared;
    }

    /** A fresh database on the shared server with the project's migrations applied. */
    static DataSource freshSchema(String name) {
        return migrated(TestServices.freshDatabase(name));
    }

    static DataSource migrated(TestServices.Postgres postgres) {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setURL(postgres.jdbcUrl());
        dataSource.setUser(postgres.user());
        dataSource.setPassword(postgres.password());
        dataSource.setConnectTimeout(2);
        dataSource.setSocketTimeout(10);
        Flyway.configure()
                .dataSource(dataSource)
                .locations("filesystem:" + migrations())
                .load()
                .migrate();
        return dataSource;
    }

    private static Path migrations() {
        Path here = Path.of("db", "migrations");
        return Files.isDirectory(here)
                ? here.toAbsolutePath()
                : Path.of("..", "db", "migrations").toAbsolutePath();
    }

    static UUID tenant(DataSource dataSource) {
        UUID id = UUID.randomUUID();
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(
                        "INSERT INTO tenants (id, name, plan_id, domain) VALUES (?, 'test tenant', 'pro', 'finance')")) {
            s.setObject(1, id);
            s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return id;
    }

    static ConversationKey conversation(UUID tenant) {
        return new ConversationKey(tenant, UUID.randomUUID());
    }

    /** The next turn of {@code dialog}: a user message and a reply of a few sentences each, stable in size. */
    static Turn nextTurn(Dialog dialog) {
        int seq = dialog.nextSeq();
        String user =
                "Question %05d about my order. Where is parcel %05d now? It was due last week.".formatted(seq, seq);
        String reply = ("Answer %05d: your parcel %05d left the depot yesterday. It should arrive within two days."
                        + " I will keep an eye on the tracking for you.")
                .formatted(seq, seq);
        return new Turn(
                seq,
                new Utterance(id(), user, tokens(user)),
                new Utterance(id(), reply, tokens(reply)),
                List.of(new Entity("ORDER", "order-%05d".formatted(seq))),
                "order_status",
                400 + seq % 7,
                Map.of("ttft", 120L, "total", 900L),
                "worker-a",
                true);
    }

    /** Loads the conversation and appends its next turn, blocking (test threads only); returns the saved turn. */
    static Turn appendNext(io.switchboard.dialog.Dialogs dialogs, ConversationKey key) {
        Dialog loaded = dialogs.load(key).block(Duration.ofSeconds(10));
        Turn turn = nextTurn(loaded);
        dialogs.append(loaded, turn, domainAfter(turn)).block(Duration.ofSeconds(10));
        return turn;
    }

    static DomainState domainAfter(Turn turn) {
        return new DomainState(
                "{\"order\":\"order-%05d\"}".formatted(turn.seq()),
                "{\"step\":\"status\",\"asked\":%d}".formatted(turn.seq() % 3));
    }

    /** A random id that does not read /dev/urandom, so turns can be made on an event loop (BlockHound). */
    static UUID id() {
        var random = java.util.concurrent.ThreadLocalRandom.current();
        return new UUID(random.nextLong(), random.nextLong());
    }

    static int tokens(String text) {
        return text.length() / 4 + 1;
    }

    /** Deletes every key a test wrote under its prefix (never a whole database: other tests share it). */
    static void deleteKeys(String redisUri, String prefix) {
        RedisClient client = redis(redisUri);
        try (var connection = client.connect()) {
            var keys = connection
                    .sync()
                    .scan(io.lettuce.core.ScanArgs.Builder.matches(prefix + ":*")
                            .limit(10_000))
                    .getKeys();
            if (!keys.isEmpty()) {
                connection.sync().del(keys.toArray(String[]::new));
            }
        } finally {
            client.shutdown();
        }
    }

    static long count(DataSource dataSource, String sql, Object... args) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                s.setObject(i + 1, args[i]);
            }
            try (var r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** How many times each of these message ids is in the transcript (exactly once, when all is well). */
    static Map<UUID, Integer> transcriptCopies(DataSource db, List<UUID> ids) throws SQLException {
        Map<UUID, Integer> copies = new HashMap<>();
        try (Connection c = db.getConnection();
                PreparedStatement s = c.prepareStatement("SELECT id FROM messages WHERE id = ANY(?)")) {
            s.setArray(1, c.createArrayOf("uuid", ids.toArray()));
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    copies.merge(r.getObject(1, UUID.class), 1, Integer::sum);
                }
            }
        }
        return copies;
    }
}
