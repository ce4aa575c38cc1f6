package io.switchboard.dialog.internal;

import io.lettuce.core.RedisClient;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.switchboard.dialog.ConversationKey;
import io.switchboard.dialog.Dialogs;
import io.switchboard.dialog.Turn;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A platform replica to be killed: it saves a burst of turns, printing {@code ACK <user id> <reply id>} for each
 * one acknowledged, while its own outbox writer reads entries it can never write (its PostgreSQL port is dead), so
 * they stay pending to it when the process dies. Bounded: 2,000 turns or 60 seconds.
 *
 * <p>Arguments: Redis URI, key prefix, tenant id, a TCP port where nothing listens.
 */
public final class OutboxCrashFixture {

    private OutboxCrashFixture() {}

    public static void main(String[] args) {
        PGSimpleDataSource unreachable = new PGSimpleDataSource();
        unreachable.setURL("jdbc:postgresql://127.0.0.1:" + args[3] + "/none");
        unreachable.setConnectTimeout(1);
        RedisClient client = DialogTestKit.redis(args[0]);
        DialogProperties properties = DialogTestKit.properties(args[1], "doomed");
        KeyLayout keys = new KeyLayout(properties.keyPrefix());
        OutboxMetrics metrics = new OutboxMetrics(new SimpleMeterRegistry());
        OutboxWriter writer = new OutboxWriter(
                client.connect(DialogStack.CODEC),
                keys,
                new OutboxBatches(keys, new TranscriptWriter(unreachable), metrics),
                properties.outbox().settings(),
                metrics);
        writer.start();
        Dialogs dialogs = new RedisDialogs(
                client.connect(DialogStack.CODEC).reactive(),
                keys,
                properties.window().policy(),
                properties.limits(),
                Transcripts.NONE,
                new DialogMetrics(
                        new SimpleMeterRegistry())); // its conversations are new; only the writer's PostgreSQL is
        // unreachable
        UUID tenant = UUID.fromString(args[2]);
        List<ConversationKey> conversations = List.of(
                DialogTestKit.conversation(tenant),
                DialogTestKit.conversation(tenant),
                DialogTestKit.conversation(tenant));
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        for (int i = 0; i < 2_000 && Instant.now().isBefore(deadline); i++) {
            Turn turn = DialogTestKit.appendNext(dialogs, conversations.get(i % conversations.size()));
            System.out.println("ACK " + turn.user().id() + " " + turn.reply().id());
            System.out.flush();
        }
        writer.close();
        client.shutdown();
    }
}
