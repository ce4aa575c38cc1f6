package io.switchboard.dialog.internal;

import io.switchboard.dialog.ConversationKey;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import java.util.Collection;

/** SQL shared by the transcript's writer and its erasure: the per-conversation lock, and error classes. */
final class TranscriptSql {

    private TranscriptSql() {}

    /**
     * Takes a transaction-scoped advisory lock per conversation, in one sorted order, so a batch write and an
     * erasure of the same conversation never interleave (no erased turn is written back).
     */
    static void lock(Connection c, Collection<ConversationKey> keys) throws SQLException {
        String[] ids = keys.stream()
                .map(k -> k.conversationId().toString())
                .distinct()
                .sorted()
                .toArray(String[]::new);
        Array array = c.createArrayOf("text", ids);
        try (PreparedStatement s = c.prepareStatement("SELECT count(pg_advisory_xact_lock(k)) FROM"
                + " (SELECT hashtextextended(x, 0) AS k FROM unnest(?::text[]) AS x ORDER BY x) AS sorted")) {
            s.setArray(1, array);
            s.executeQuery().close();
        }
    }

    static void update(Connection c, String sql, ConversationKey key) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setObject(1, key.tenantId());
            s.setObject(2, key.conversationId());
            s.executeUpdate();
        }
    }

    static void rollback(Connection c, Exception cause) {
        try {
            c.rollback();
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
    }

    /**
     * Whether trying again later may succeed: the server or the connection is down, overloaded or shutting
     * down, or the transaction lost a race; anything else is a problem with the data itself.
     */
    static boolean transientFailure(SQLException e) {
        if (e instanceof SQLTransientException || e instanceof SQLRecoverableException) {
            return true;
        }
        String state = e.getSQLState();
        return state == null
                || state.startsWith("08")
                || state.startsWith("53")
                || state.startsWith("57")
                || state.startsWith("40")
                || state.startsWith("XX");
    }
}
