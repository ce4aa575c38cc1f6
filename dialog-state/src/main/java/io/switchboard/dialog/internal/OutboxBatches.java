package io.switchboard.dialog.internal;

import static io.switchboard.dialog.internal.StateCodec.utf8;

import io.lettuce.core.StreamMessage;
import io.lettuce.core.api.sync.RedisCommands;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Handles one batch read from the outbox: writes it to the transcript and only then acknowledges it. A batch
 * that PostgreSQL refuses for a reason other than being unavailable is retried entry by entry, and an entry
 * that can never be written goes to the dead-letter stream (counted), so one bad turn cannot stall the rest.
 */
final class OutboxBatches {

    private final KeyLayout keys;
    private final TranscriptWriter writer;
    private final OutboxMetrics metrics;
    private final StateCodec codec = new StateCodec();

    OutboxBatches(KeyLayout keys, TranscriptWriter writer, OutboxMetrics metrics) {
        this.keys = keys;
        this.writer = writer;
        this.metrics = metrics;
    }

    /** Throws when PostgreSQL is unavailable: nothing of the batch is then acknowledged. */
    void process(RedisCommands<String, byte[]> redis, List<StreamMessage<String, byte[]>> batch) throws SQLException {
        List<OutboxEntry> entries = new ArrayList<>();
        for (StreamMessage<String, byte[]> message : batch) {
            Map<String, byte[]> body = message.getBody();
            if (body == null || body.isEmpty()) {
                ack(redis, message.getId(), null);
                continue;
            }
            try {
                entries.add(OutboxEntry.parse(message.getId(), body, codec));
            } catch (RuntimeException e) {
                deadLetter(redis, message.getId(), body, null, e);
            }
        }
        if (entries.isEmpty()) {
            return;
        }
        try {
            write(redis, entries);
        } catch (SQLException e) {
            if (TranscriptSql.transientFailure(e)) {
                throw e;
            }
            writeOneByOne(redis, entries);
        }
    }

    private void write(RedisCommands<String, byte[]> redis, List<OutboxEntry> entries) throws SQLException {
        int skipped = writer.write(entries);
        metrics.written(entries.size() - skipped);
        Map<String, String> unsyncedById = new LinkedHashMap<>();
        entries.forEach(e -> unsyncedById.put(e.id(), keys.unsynced(e.key())));
        ack(redis, unsyncedById);
    }

    private void writeOneByOne(RedisCommands<String, byte[]> redis, List<OutboxEntry> entries) throws SQLException {
        for (OutboxEntry entry : entries) {
            try {
                write(redis, List.of(entry));
            } catch (SQLException e) {
                if (TranscriptSql.transientFailure(e)) {
                    throw e;
                }
                Map<String, byte[]> fields = OutboxEntry.fields(entry.key(), entry.turn(), entry.domainState(), codec);
                deadLetter(redis, entry.id(), fields, keys.unsynced(entry.key()), e);
            }
        }
    }

    private void deadLetter(
            RedisCommands<String, byte[]> redis,
            String id,
            Map<String, byte[]> body,
            @Nullable String unsyncedKey,
            Exception cause) {
        Map<String, byte[]> letter = new LinkedHashMap<>(body);
        letter.put("source-id", utf8(id));
        letter.put("error", utf8(String.valueOf(cause)));
        redis.xadd(keys.deadLetters(), letter);
        metrics.deadLettered();
        ack(redis, id, unsyncedKey);
    }

    private void ack(RedisCommands<String, byte[]> redis, String id, @Nullable String unsyncedKey) {
        ack(redis, Map.of(id, unsyncedKey == null ? keys.outbox() + ":unknown" : unsyncedKey));
    }

    private void ack(RedisCommands<String, byte[]> redis, Map<String, String> unsyncedById) {
        List<String> scriptKeys = new ArrayList<>();
        List<byte[]> args = new ArrayList<>();
        scriptKeys.add(keys.outbox());
        args.add(utf8(keys.writerGroup()));
        unsyncedById.forEach((id, unsynced) -> {
            scriptKeys.add(unsynced);
            args.add(utf8(id));
        });
        RedisScript.ACK.runForInteger(redis, scriptKeys.toArray(String[]::new), args.toArray(byte[][]::new));
    }
}
