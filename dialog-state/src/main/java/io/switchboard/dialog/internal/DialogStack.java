package io.switchboard.dialog.internal;

import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.codec.RedisCodec;
import io.micrometer.core.instrument.MeterRegistry;
import io.switchboard.dialog.Dialogs;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

/**
 * Everything the module runs, built in one place from its properties: the store on a shared Lettuce connection,
 * the transcript on a named bounded JDBC scheduler and, with a DataSource, the outbox writer on its own connection.
 */
final class DialogStack implements AutoCloseable {

    static final RedisCodec<String, byte[]> CODEC = KeysAndBytes.INSTANCE;

    private final StatefulRedisConnection<String, byte[]> connection;
    private final @Nullable StatefulRedisConnection<String, byte[]> writerConnection;
    private final @Nullable Scheduler jdbc;
    private final Dialogs dialogs;
    private final @Nullable OutboxWriter writer;

    DialogStack(
            DialogProperties properties, RedisClient client, @Nullable DataSource dataSource, MeterRegistry meters) {
        KeyLayout keys = new KeyLayout(properties.keyPrefix());
        WindowPolicy policy = properties.window().policy();
        this.connection = client.connect(CODEC);
        Transcripts transcripts = Transcripts.NONE;
        if (dataSource != null) {
            jdbc = Schedulers.newBoundedElastic(properties.jdbcThreads(), 1_000, "dialog-jdbc");
            transcripts = new PostgresTranscripts(dataSource, jdbc, policy);
        } else {
            jdbc = null;
        }
        this.dialogs = new RedisDialogs(
                connection.reactive(), keys, policy, properties.limits(), transcripts, new DialogMetrics(meters));
        if (dataSource != null && properties.outbox().enabled()) {
            writerConnection = client.connect(CODEC);
            OutboxMetrics metrics = new OutboxMetrics(meters);
            OutboxBatches batches = new OutboxBatches(keys, new TranscriptWriter(dataSource), metrics);
            writer = new OutboxWriter(
                    writerConnection, keys, batches, properties.outbox().settings(), metrics);
        } else {
            writerConnection = null;
            writer = null;
        }
    }

    Dialogs dialogs() {
        return dialogs;
    }

    @Nullable
    OutboxWriter writer() {
        return writer;
    }

    @Override
    public void close() {
        if (writer != null) {
            writer.close();
        }
        if (writerConnection != null) {
            writerConnection.close();
        }
        connection.close();
        if (jdbc != null) {
            jdbc.dispose();
        }
    }
}
