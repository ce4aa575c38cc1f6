package io.switchboard.dialog.internal;

import static io.switchboard.dialog.internal.DialogTestKit.appendNext;
import static io.switchboard.dialog.internal.DialogTestKit.count;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.switchboard.dialog.ConversationKey;
import io.switchboard.dialog.Dialog;
import io.switchboard.dialog.DialogUnavailableException;
import io.switchboard.dialog.Dialogs;
import io.switchboard.dialog.Origin;
import io.switchboard.dialog.TranscriptBehindException;
import io.switchboard.testing.PrivateRedis;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;

/** Redis loses a conversation's state (flush, failover, expiry): the next load rebuilds it or says it is lost. */
class RecoveryIntegrationTests {

    private static final Duration BOUND = Duration.ofSeconds(15);
    private static PrivateRedis redis;
    private static DataSource db;
    private static UUID tenant;

    private final String prefix = DialogTestKit.randomPrefix("recovery");
    private final ConversationKey key = DialogTestKit.conversation(tenant);
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private RedisClient client;
    private DialogStack stack;
    private Dialogs dialogs;
    private StatefulRedisConnection<String, byte[]> inspect;

    @BeforeAll
    static void servers() {
        redis = PrivateRedis.start();
        db = DialogTestKit.sharedSchema();
        tenant = DialogTestKit.tenant(db);
    }

    @AfterAll
    static void stopRedis() {
        redis.close();
    }

    @BeforeEach
    void start() {
        client = DialogTestKit.redis(redis.uri());
        stack = new DialogStack(DialogTestKit.properties(prefix, "w1"), client, db, meters);
        dialogs = stack.dialogs();
        inspect = client.connect(DialogStack.CODEC);
    }

    @AfterEach
    void stop() {
        inspect.close();
        stack.close();
        client.shutdown();
    }

    @Test
    void aFlushedConversationIsRebuiltFromTheTranscriptAndGoesOn() {
        stack.writer().start();
        for (int i = 0; i < 25; i++) {
            appendNext(dialogs, key);
        }
        awaitTranscript(25);
        Dialog before = dialogs.load(key).block(BOUND);

        redis.restart(); // empty: state, outbox, consumer group and script cache are gone

        Dialog rebuilt = dialogs.load(key).block(BOUND);
        assertThat(rebuilt.origin()).isEqualTo(Origin.REBUILT);
        assertThat(rebuilt.window()).isEqualTo(before.window()).hasSize(8);
        assertThat(rebuilt.summary()).isEqualTo(before.summary()).startsWith("#1 ");
        assertThat(rebuilt.domainState()).isEqualTo(before.domainState());
        assertThat(rebuilt.counters()).isEqualTo(before.counters());
        appendNext(dialogs, key);
        Dialog after = dialogs.load(key).block(BOUND);
        assertThat(after.origin()).isEqualTo(Origin.LIVE);
        assertThat(after.counters().turns()).isEqualTo(26);
        awaitTranscript(26);
    }

    @Test
    void aTranscriptMissingTurnsIsReportedAsLostNotPassedOff() throws Exception {
        stack.writer().start();
        for (int i = 0; i < 10; i++) {
            appendNext(dialogs, key);
        }
        awaitTranscript(10);
        try (Connection c = db.getConnection();
                PreparedStatement s =
                        c.prepareStatement("DELETE FROM messages WHERE conversation_id = ? AND turn_seq = 3")) {
            s.setObject(1, key.conversationId());
            s.executeUpdate();
        }

        redis.restart();

        Dialog lost = dialogs.load(key).block(BOUND);
        assertThat(lost.origin()).isEqualTo(Origin.LOST);
        assertThat(lost.window()).isEmpty();
        assertThat(lost.counters().turns()).isEqualTo(10);
        assertThat(lost.nextSeq()).isEqualTo(11);
        assertThat(meters.get("dialog.state.load")
                        .tag("outcome", "lost")
                        .timer()
                        .count())
                .as("lost states are counted")
                .isEqualTo(1);
        appendNext(dialogs, key);
        assertThat(dialogs.load(key).block(BOUND).origin()).isEqualTo(Origin.LIVE);
    }

    @Test
    void stateThatExpiredWhileTurnsWaitInTheOutboxIsRefusedUntilTheyAreWritten() {
        for (int i = 0; i < 3; i++) {
            appendNext(dialogs, key);
        }
        KeyLayout keys = new KeyLayout(prefix);
        inspect.sync().del(keys.meta(key), keys.window(key), keys.summary(key)); // as the idle TTL would

        StepVerifier.create(dialogs.load(key))
                .expectErrorSatisfies(e -> assertThat(e)
                        .isInstanceOfSatisfying(TranscriptBehindException.class, behind -> {
                            assertThat(behind.pendingTurns()).isEqualTo(3);
                            assertThat(behind.retryable()).isTrue();
                        }))
                .verify(BOUND);
        // a turn refused while its state is restored holds nothing: the next try meets the same reason, not "busy"
        for (int attempt = 0; attempt < 2; attempt++) {
            StepVerifier.create(dialogs.begin(key, Duration.ofMinutes(1)))
                    .expectError(TranscriptBehindException.class)
                    .verify(BOUND);
        }
        stack.writer().start();
        awaitTranscript(3);
        await().atMost(BOUND).until(() -> inspect.sync().exists(keys.unsynced(key)) == 0);

        Dialog rebuilt = dialogs.begin(key, Duration.ofMinutes(1)).block(BOUND);
        assertThat(rebuilt.origin()).isEqualTo(Origin.REBUILT);
        assertThat(rebuilt.window()).hasSize(3);
        assertThat(rebuilt.turn()).isNotBlank();
    }

    @Test
    void aConversationWithoutStateOrTranscriptIsNew() {
        Dialog fresh = dialogs.load(key).block(BOUND);
        assertThat(fresh.origin()).isEqualTo(Origin.NEW);
        assertThat(fresh.nextSeq()).isEqualTo(1);
    }

    @Test
    void redisDownIsATypedRetryableErrorAndServiceResumesWhenItIsBack() {
        appendNext(dialogs, key);
        redis.kill();

        StepVerifier.create(dialogs.load(key))
                .expectErrorSatisfies(e -> assertThat(e)
                        .isInstanceOfSatisfying(
                                DialogUnavailableException.class,
                                u -> assertThat(u.retryable()).isTrue()))
                .verify(BOUND);
        StepVerifier.create(dialogs.begin(key, Duration.ofMinutes(1)))
                .expectError(DialogUnavailableException.class)
                .verify(BOUND);
        redis.restart();
        assertThat(dialogs.load(key).block(BOUND).origin()).isIn(Origin.NEW, Origin.REBUILT);
        assertThat(dialogs.begin(key, Duration.ofMinutes(1)).block(BOUND).turn())
                .isNotBlank();
    }

    private void awaitTranscript(int turns) {
        await().atMost(Duration.ofSeconds(30))
                .until(() -> count(db, "SELECT count(*) FROM messages WHERE conversation_id = ?", key.conversationId())
                        == 2L * turns);
    }
}
