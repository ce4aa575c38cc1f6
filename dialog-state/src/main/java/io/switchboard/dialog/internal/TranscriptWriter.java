package io.switchboard.dialog.internal;

import io.switchboard.dialog.ConversationKey;
import io.switchboard.dialog.Turn;
import io.switchboard.dialog.Utterance;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;

/**
 * Writes a batch of outbox turns to PostgreSQL in one transaction with JDBC batches: idempotent (message ids are
 * minted before the outbox, {@code ON CONFLICT DO NOTHING}), skipping erased conversations, and advancing each
 * conversation's turn marker and domain state. Blocking: called only from the outbox writer's own thread.
 */
final class TranscriptWriter {

    private static final String INSERT_MESSAGE = "INSERT INTO messages (id, conversation_id, tenant_id, turn_seq,"
            + " role, content, entities, intent, prompt_tokens, completion_tokens, timings, worker, completed)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?, ?, ?::jsonb, ?, ?) ON CONFLICT DO NOTHING";
    private static final String ADVANCE_MARKER = "UPDATE conversations SET dialog_turns = ?, dialog_pinned = ?,"
            + " dialog_flow = ?, updated_at = now() WHERE id = ? AND tenant_id = ? AND dialog_turns < ?";

    private final DataSource dataSource;
    private final StateCodec codec = new StateCodec();

    TranscriptWriter(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Writes the entries; returns how many were skipped because their conversation was erased. */
    int write(List<OutboxEntry> entries) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                TranscriptSql.lock(c, entries.stream().map(OutboxEntry::key).toList());
                Set<ConversationKey> erased = erased(c, entries);
                List<OutboxEntry> live =
                        entries.stream().filter(e -> !erased.contains(e.key())).toList();
                insertConversations(c, live);
                insertMessages(c, live);
                advanceMarkers(c, live);
                c.commit();
                return entries.size() - live.size();
            } catch (SQLException | RuntimeException e) {
                TranscriptSql.rollback(c, e);
                throw e;
            }
        }
    }

    private static Set<ConversationKey> erased(Connection c, List<OutboxEntry> entries) throws SQLException {
        UUID[] ids =
                entries.stream().map(e -> e.key().conversationId()).distinct().toArray(UUID[]::new);
        Set<ConversationKey> erased = new HashSet<>();
        try (PreparedStatement s =
                c.prepareStatement("SELECT tenant_id, id FROM erased_conversations WHERE id = ANY(?)")) {
            s.setArray(1, c.createArrayOf("uuid", ids));
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    erased.add(new ConversationKey(r.getObject(1, UUID.class), r.getObject(2, UUID.class)));
                }
            }
        }
        return erased;
    }

    private static void insertConversations(Connection c, List<OutboxEntry> entries) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "INSERT INTO conversations (id, tenant_id) VALUES (?, ?) ON CONFLICT (id) DO NOTHING")) {
            for (ConversationKey key : latestByConversation(entries).keySet()) {
                s.setObject(1, key.conversationId());
                s.setObject(2, key.tenantId());
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    private void insertMessages(Connection c, List<OutboxEntry> entries) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(INSERT_MESSAGE)) {
            for (OutboxEntry entry : entries) {
                Turn turn = entry.turn();
                bindMessage(s, entry.key(), turn, "user", turn.user(), codec.entities(turn.entities()), null, "{}");
                s.setObject(13, true);
                s.addBatch();
                bindMessage(
                        s,
                        entry.key(),
                        turn,
                        "assistant",
                        turn.reply(),
                        "[]",
                        turn.reply().tokens(),
                        codec.timings(turn.timingsMillis()));
                s.setBoolean(13, turn.completed());
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    private static void bindMessage(
            PreparedStatement s,
            ConversationKey key,
            Turn turn,
            String role,
            Utterance message,
            String entities,
            @Nullable Integer completionTokens,
            String timings)
            throws SQLException {
        boolean user = role.equals("user");
        s.setObject(1, message.id());
        s.setObject(2, key.conversationId());
        s.setObject(3, key.tenantId());
        s.setInt(4, turn.seq());
        s.setString(5, role);
        s.setString(6, message.text());
        s.setString(7, entities);
        s.setString(8, user ? turn.intent() : null);
        s.setInt(9, user ? message.tokens() : turn.promptTokens());
        if (completionTokens == null) {
            s.setNull(10, Types.INTEGER);
        } else {
            s.setInt(10, completionTokens);
        }
        s.setString(11, timings);
        s.setString(12, user ? null : turn.worker());
    }

    private static void advanceMarkers(Connection c, List<OutboxEntry> entries) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(ADVANCE_MARKER)) {
            for (OutboxEntry latest : latestByConversation(entries).values()) {
                s.setInt(1, latest.turn().seq());
                s.setString(2, latest.domainState().pinned());
                s.setString(3, latest.domainState().flow());
                s.setObject(4, latest.key().conversationId());
                s.setObject(5, latest.key().tenantId());
                s.setInt(6, latest.turn().seq());
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    private static Map<ConversationKey, OutboxEntry> latestByConversation(List<OutboxEntry> entries) {
        Map<ConversationKey, OutboxEntry> latest = new LinkedHashMap<>();
        for (OutboxEntry entry : entries) {
            latest.merge(
                    entry.key(), entry, (a, b) -> a.turn().seq() >= b.turn().seq() ? a : b);
        }
        return latest;
    }
}
