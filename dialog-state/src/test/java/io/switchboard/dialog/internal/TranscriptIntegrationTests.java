package io.switchboard.dialog.internal;

import static io.switchboard.dialog.internal.DialogTestKit.appendNext;
import static io.switchboard.dialog.internal.DialogTestKit.count;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.lettuce.core.RedisClient;
import io.lettuce.core.ScanArgs;
import io.lettuce.core.api.StatefulRedisConnection;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.switchboard.dialog.ConversationKey;
import io.switchboard.dialog.Dialogs;
import io.switchboard.dialog.Turn;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TranscriptIntegrationTests {

    private static DataSource db;
    private static UUID tenant;

    private final String prefix = DialogTestKit.randomPrefix("transcript");
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private RedisClient client;
    private DialogStack stack;
    private Dialogs dialogs;
    private StatefulRedisConnection<String, byte[]> inspect;

    @BeforeAll
    static void schema() {
        db = DialogTestKit.sharedSchema();
        tenant = DialogTestKit.tenant(db);
    }

    @BeforeEach
    void start() {
        client = DialogTestKit.redis(DialogTestKit.sharedRedisUri());
        stack = new DialogStack(DialogTestKit.properties(prefix, "writer-1"), client, db, meters);
        dialogs = stack.dialogs();
        inspect = client.connect(DialogStack.CODEC);
    }

    @AfterEach
    void cleanUp() {
        stack.close();
        List<String> mine = inspect.sync()
                .scan(ScanArgs.Builder.matches(prefix + ":*").limit(1000))
                .getKeys();
        if (!mine.isEmpty()) {
            inspect.sync().del(mine.toArray(String[]::new));
        }
        inspect.close();
        client.shutdown();
    }

    @Test
    void everyAcknowledgedTurnReachesPostgresOnceWithItsDetails() throws Exception {
        ConversationKey a = DialogTestKit.conversation(tenant);
        ConversationKey b = DialogTestKit.conversation(tenant);
        stack.writer().start();
        List<Turn> turns = new ArrayList<>();
        for (int i = 0; i < 15; i++) {
            turns.add(appendNext(dialogs, a));
            appendNext(dialogs, b);
        }

        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> assertThat(count(
                                db, "SELECT count(*) FROM messages WHERE conversation_id = ?", a.conversationId()))
                        .isEqualTo(30));
        assertThat(count(db, "SELECT count(*) FROM messages WHERE conversation_id = ?", b.conversationId()))
                .isEqualTo(30);
        assertThat(count(db, "SELECT dialog_turns FROM conversations WHERE id = ?", a.conversationId()))
                .isEqualTo(15);
        Turn seventh = turns.get(6);
        assertThat(row(seventh.reply().id()))
                .containsEntry("role", "assistant")
                .containsEntry("content", seventh.reply().text())
                .containsEntry("worker", "worker-a")
                .containsEntry("completed", "true")
                .containsEntry(
                        "completion_tokens", Integer.toString(seventh.reply().tokens()))
                .containsEntry("timings_total", "900");
        assertThat(row(seventh.user().id()))
                .containsEntry("role", "user")
                .containsEntry("entities", "[{\"type\": \"ORDER\", \"value\": \"order-00007\"}]");
        await().atMost(Duration.ofSeconds(5))
                .untilAsserted(() -> assertThat(
                                meters.get("dialog.outbox.backlog").gauge().value())
                        .isZero());
        assertThat(inspect.sync().exists(new KeyLayout(prefix).unsynced(a))).isZero();
    }

    @Test
    void aReplayedEntryWritesNothingTwice() {
        ConversationKey a = DialogTestKit.conversation(tenant);
        Turn turn = appendNext(dialogs, a);
        Map<String, byte[]> entry = inspect.sync()
                .xrange(prefix + ":outbox", io.lettuce.core.Range.create("-", "+"))
                .getFirst()
                .getBody();
        inspect.sync().xadd(prefix + ":outbox", entry); // the same turn delivered again, as after a crash

        stack.writer().start();

        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() ->
                        assertThat(inspect.sync().xlen(prefix + ":outbox")).isZero());
        assertThat(count(db, "SELECT count(*) FROM messages WHERE conversation_id = ?", a.conversationId()))
                .isEqualTo(2);
        assertThat(count(
                        db,
                        "SELECT count(*) FROM messages WHERE id = ?",
                        turn.reply().id()))
                .isEqualTo(1);
    }

    @Test
    void aClosingWriterFirstWritesWhatTheOutboxAlreadyHolds() {
        ConversationKey a = DialogTestKit.conversation(tenant);
        ConversationKey b = DialogTestKit.conversation(tenant);
        for (int i = 0; i < 125; i++) {
            appendNext(dialogs, a);
            appendNext(dialogs, b);
        }
        assertThat(inspect.sync().xlen(prefix + ":outbox")).isEqualTo(250); // two and a half batches

        // a replica stopping right after its web server drained: the writer is closed at once
        stack.writer().start();
        stack.writer().close();

        assertThat(count(
                        db,
                        "SELECT count(*) FROM messages WHERE conversation_id IN (?, ?)",
                        a.conversationId(),
                        b.conversationId()))
                .isEqualTo(500);
        assertThat(inspect.sync().xlen(prefix + ":outbox")).isZero();
    }

    @Test
    void erasureRemovesTheConversationFromRedisTheOutboxAndPostgres() {
        ConversationKey erased = DialogTestKit.conversation(tenant);
        ConversationKey kept = DialogTestKit.conversation(tenant);
        stack.writer().start();
        appendNext(dialogs, erased);
        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> assertThat(count(
                                db, "SELECT count(*) FROM messages WHERE conversation_id = ?", erased.conversationId()))
                        .isEqualTo(2));
        stack.writer().close(); // later turns stay in the outbox while the conversation is erased
        for (int i = 0; i < 4; i++) {
            appendNext(dialogs, erased);
            appendNext(dialogs, kept);
        }
        assertThat(inspect.sync().xlen(prefix + ":outbox")).isEqualTo(8);

        dialogs.erase(erased).block(Duration.ofSeconds(10));
        stack.writer().start();

        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> assertThat(count(
                                db, "SELECT count(*) FROM messages WHERE conversation_id = ?", kept.conversationId()))
                        .isEqualTo(8));
        await().atMost(Duration.ofSeconds(5))
                .untilAsserted(() ->
                        assertThat(inspect.sync().xlen(prefix + ":outbox")).isZero());
        assertThat(count(db, "SELECT count(*) FROM messages WHERE conversation_id = ?", erased.conversationId()))
                .isZero();
        assertThat(count(db, "SELECT count(*) FROM conversations WHERE id = ?", erased.conversationId()))
                .isZero();
        KeyLayout keys = new KeyLayout(prefix);
        assertThat(inspect.sync().exists(keys.meta(erased), keys.window(erased), keys.summary(erased)))
                .isZero();
    }

    @Test
    void anEntryThatCanNeverBeWrittenIsSetAsideAndTheRestFlows() {
        ConversationKey a = DialogTestKit.conversation(tenant);
        inspect.sync().xadd(prefix + ":outbox", Map.of("t", "not-a-uuid".getBytes()));
        ConversationKey unknownTenant = DialogTestKit.conversation(UUID.randomUUID());
        appendNext(dialogs, unknownTenant); // the tenant has no row: the foreign key refuses it
        appendNext(dialogs, a);

        stack.writer().start();

        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> assertThat(count(
                                db, "SELECT count(*) FROM messages WHERE conversation_id = ?", a.conversationId()))
                        .isEqualTo(2));
        await().atMost(Duration.ofSeconds(5))
                .untilAsserted(() ->
                        assertThat(inspect.sync().xlen(prefix + ":outbox:dead")).isEqualTo(2));
        assertThat(meters.get("dialog.outbox.dead.lettered").counter().count()).isEqualTo(2);
        assertThat(inspect.sync().xlen(prefix + ":outbox")).isZero();
    }

    private static Map<String, String> row(UUID messageId) throws Exception {
        try (Connection c = db.getConnection();
                PreparedStatement s = c.prepareStatement("SELECT role, content, worker, completed::text,"
                        + " completion_tokens::text, entities::text, timings->>'total' FROM messages WHERE id = ?")) {
            s.setObject(1, messageId);
            try (ResultSet r = s.executeQuery()) {
                assertThat(r.next()).isTrue();
                Map<String, String> row = new java.util.HashMap<>();
                String[] names = {
                    "role", "content", "worker", "completed", "completion_tokens", "entities", "timings_total"
                };
                for (int i = 0; i < names.length; i++) {
                    if (r.getString(i + 1) != null) {
                        row.put(names[i], r.getString(i + 1));
                    }
                }
                return row;
            }
        }
    }
}
