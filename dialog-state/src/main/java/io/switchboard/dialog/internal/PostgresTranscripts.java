package io.switchboard.dialog.internal;

import io.switchboard.dialog.ConversationKey;
import io.switchboard.dialog.Counters;
import io.switchboard.dialog.Dialog;
import io.switchboard.dialog.DialogUnavailableException;
import io.switchboard.dialog.DomainState;
import io.switchboard.dialog.Exchange;
import io.switchboard.dialog.Origin;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Objects;
import java.util.TreeMap;
import javax.sql.DataSource;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;

/**
 * The PostgreSQL transcript as the state's fallback: a conversation is rebuilt when every turn its marker
 * ({@code conversations.dialog_turns}) counts is in {@code messages}, and reported {@code LOST} when not. JDBC runs
 * on the given bounded scheduler, never on the caller's (event-loop) thread.
 */
final class PostgresTranscripts implements Transcripts {

    private final DataSource dataSource;
    private final Scheduler jdbc;
    private final WindowPolicy policy;

    PostgresTranscripts(DataSource dataSource, Scheduler jdbc, WindowPolicy policy) {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
        this.policy = policy;
    }

    @Override
    public Mono<Dialog> recover(ConversationKey key) {
        return Mono.fromCallable(() -> read(key))
                .subscribeOn(jdbc)
                .onErrorMap(SQLException.class, e -> new DialogUnavailableException("transcript unavailable", e));
    }

    @Override
    public Mono<Void> erase(ConversationKey key) {
        return Mono.fromRunnable(() -> eraseNow(key))
                .subscribeOn(jdbc)
                .onErrorMap(SQLException.class, e -> new DialogUnavailableException("transcript unavailable", e))
                .then();
    }

    private Dialog read(ConversationKey key) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            c.setReadOnly(true);
            Marker marker = marker(c, key);
            TreeMap<Integer, Exchange> turns = new TreeMap<>();
            long[] tokens = messages(c, key, turns);
            int count = Math.max(marker.turns(), turns.isEmpty() ? 0 : turns.lastKey());
            if (count == 0) {
                return Dialog.empty(key);
            }
            Counters counters = new Counters(count, tokens[0], tokens[1]);
            boolean complete = turns.size() == count;
            if (!complete) {
                return new Dialog(key, 0, Origin.LOST, List.of(), "", marker.domain(), counters, null);
            }
            WindowPolicy.Advance replayed = policy.replay(List.copyOf(turns.values()));
            return new Dialog(
                    key, 0, Origin.REBUILT, replayed.window(), replayed.summary(), marker.domain(), counters, null);
        }
    }

    private record Marker(int turns, DomainState domain) {}

    private static Marker marker(Connection c, ConversationKey key) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT dialog_turns, dialog_pinned, dialog_flow FROM"
                + " conversations WHERE id = ? AND tenant_id = ?")) {
            s.setObject(1, key.conversationId());
            s.setObject(2, key.tenantId());
            try (ResultSet r = s.executeQuery()) {
                if (!r.next()) {
                    return new Marker(0, DomainState.EMPTY);
                }
                return new Marker(
                        r.getInt(1),
                        new DomainState(
                                Objects.requireNonNullElse(r.getString(2), ""),
                                Objects.requireNonNullElse(r.getString(3), "")));
            }
        }
    }

    /** Fills {@code turns} with the exchanges whose two messages are both present; returns token sums. */
    private static long[] messages(Connection c, ConversationKey key, TreeMap<Integer, Exchange> turns)
            throws SQLException {
        long[] tokens = new long[2];
        String sql = "SELECT u.turn_seq, u.content, u.prompt_tokens, a.content, a.prompt_tokens, a.completion_tokens"
                + " FROM messages u JOIN messages a ON a.conversation_id = u.conversation_id"
                + " AND a.turn_seq = u.turn_seq AND a.role = 'assistant'"
                + " WHERE u.conversation_id = ? AND u.tenant_id = ? AND u.role = 'user' ORDER BY u.turn_seq";
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setObject(1, key.conversationId());
            s.setObject(2, key.tenantId());
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    turns.put(
                            r.getInt(1),
                            new Exchange(r.getInt(1), r.getString(2), r.getInt(3), r.getString(4), r.getInt(6)));
                    tokens[0] += r.getLong(5);
                    tokens[1] += r.getLong(6);
                }
            }
        }
        return tokens;
    }

    private void eraseNow(ConversationKey key) {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                TranscriptSql.lock(c, List.of(key));
                TranscriptSql.update(
                        c,
                        "INSERT INTO erased_conversations (tenant_id, id) VALUES (?, ?)" + " ON CONFLICT DO NOTHING",
                        key);
                TranscriptSql.update(c, "DELETE FROM messages WHERE tenant_id = ? AND conversation_id = ?", key);
                TranscriptSql.update(c, "DELETE FROM conversations WHERE tenant_id = ? AND id = ?", key);
                c.commit();
            } catch (SQLException | RuntimeException e) {
                TranscriptSql.rollback(c, e);
                throw e;
            }
        } catch (SQLException e) {
            throw new DialogUnavailableException("transcript unavailable for erasure", e);
        }
    }
}
