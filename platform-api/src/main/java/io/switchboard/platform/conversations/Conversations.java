package io.switchboard.platform.conversations;

import io.switchboard.platform.db.Jdbc;
import io.switchboard.platform.web.ApiProblem;
import io.switchboard.platform.web.ProblemType;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The conversations in PostgreSQL, always addressed by tenant and id together, so one tenant's key can never
 * read or move another tenant's conversation: an id of another tenant is simply not found.
 */
@Component
public class Conversations {

    private static final String SELECT = """
            SELECT id, tenant_id, customer_ref, channel, status, metadata, agent_ref, created_at, updated_at, closed_at,
                   status_version
            FROM conversations""";
    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {};

    private final Jdbc jdbc;
    private final JsonMapper json;
    private final ConversationCache cache;

    Conversations(Jdbc jdbc, JsonMapper json, ConversationCache cache) {
        this.jdbc = jdbc;
        this.json = json;
        this.cache = cache;
    }

    /** A row and its status version (see {@link ConversationCache}). */
    private record Versioned(Conversation conversation, long version) {}

    public Mono<Conversation> open(
            UUID tenantId,
            @Nullable String customerRef,
            String channel,
            Map<String, Object> metadata,
            @Nullable UUID publishableKeyId) {
        UUID id = UUID.randomUUID();
        String meta = json.writeValueAsString(metadata);
        return jdbc.call(db -> {
                    db.sql("""
                    INSERT INTO conversations (id, tenant_id, customer_ref, channel, metadata, publishable_key_id)
                    VALUES (?, ?, ?, ?, ?::jsonb, ?)""")
                            .params(id, tenantId, customerRef, channel, meta, publishableKeyId)
                            .update();
                    return byId(db, tenantId, id).orElseThrow();
                })
                .flatMap(this::remembered);
    }

    /** The tenant's conversation; 404 when it does not exist or belongs to another tenant. */
    public Mono<Conversation> find(UUID tenantId, UUID id) {
        return read(tenantId, id).map(Versioned::conversation);
    }

    /**
     * The conversation a turn is about, from its copy in Redis ({@link ConversationCache}) or, when there is none,
     * from PostgreSQL (and then cached); 404 as {@link #find}.
     */
    Mono<Conversation> forTurn(UUID tenantId, UUID id) {
        return cache.read(tenantId, id).flatMap(cached -> switch (cached) {
            case ConversationCache.Cached.Present p -> Mono.just(p.conversation());
            case ConversationCache.Cached.Erased e -> Mono.error(ApiProblem.notFound("Conversation"));
            case ConversationCache.Cached.Absent a -> read(tenantId, id).flatMap(this::remembered);
        });
    }

    /** The row from PostgreSQL; 404 when it does not exist or belongs to another tenant. */
    private Mono<Versioned> read(UUID tenantId, UUID id) {
        return jdbc.call(db -> byId(db, tenantId, id).orElse(null))
                .switchIfEmpty(Mono.error(() -> ApiProblem.notFound("Conversation")));
    }

    private Mono<Conversation> remembered(Versioned row) {
        return cache.remember(row.conversation(), row.version()).thenReturn(row.conversation());
    }

    /**
     * Moves the conversation to {@code to} if the hand-off rules allow it from its current status, atomically
     * (a concurrent move makes this one fail with 409 rather than overwrite it).
     */
    public Mono<Conversation> move(UUID tenantId, UUID id, ConversationStatus to, @Nullable String agentRef) {
        String[] from = to.allowedFrom().stream().map(ConversationStatus::id).toArray(String[]::new);
        return jdbc.call(db -> {
                    int moved = db.sql("""
                    UPDATE conversations SET status = ?, updated_at = now(), status_version = status_version + 1,
                           agent_ref = coalesce(?, agent_ref),
                           closed_at = CASE WHEN ? = 'closed' THEN now() ELSE closed_at END
                    WHERE tenant_id = ? AND id = ? AND status = ANY (?)""")
                            .params(to.id(), agentRef, to.id(), tenantId, id, from)
                            .update();
                    Versioned now = byId(db, tenantId, id).orElseThrow(() -> ApiProblem.notFound("Conversation"));
                    if (moved == 0 && now.conversation().status() != to) {
                        String status = now.conversation().status().id();
                        throw new ApiProblem(
                                ProblemType.CONFLICT,
                                "A conversation in status '" + status + "' cannot move to '" + to.id() + "'",
                                Map.of("status", status));
                    }
                    return now;
                })
                // the cached copy must follow before the move is acknowledged: a move whose copy could not be written
                // fails (503) and, repeated, finds the status already there and writes the copy again
                .flatMap(this::remembered);
    }

    /**
     * The stored transcript of turns {@code afterTurn + 1 … afterTurn + turns}, oldest first (a page holds whole
     * turns); {@code more} tells whether later turns exist. Turns appear once the outbox writer has copied them.
     */
    public Mono<TranscriptPage> messages(UUID tenantId, UUID id, int afterTurn, int turns) {
        return jdbc.call(db -> {
            List<TranscriptMessage> items = db.sql("""
                            SELECT id, turn_seq, role, content, intent, completed, created_at FROM messages
                            WHERE tenant_id = ? AND conversation_id = ? AND turn_seq > ? AND turn_seq <= ?
                              AND NOT (role = 'assistant' AND content = '')
                            ORDER BY turn_seq, CASE role WHEN 'user' THEN 0 WHEN 'assistant' THEN 1 ELSE 2 END, created_at""")
                    .params(tenantId, id, afterTurn, afterTurn + turns)
                    .query((rs, n) -> new TranscriptMessage(
                            rs.getObject("id", UUID.class),
                            rs.getInt("turn_seq"),
                            rs.getString("role"),
                            rs.getString("content"),
                            rs.getString("intent"),
                            rs.getBoolean("completed"),
                            rs.getTimestamp("created_at").toInstant()))
                    .list();
            boolean more = db.sql(
                            "SELECT EXISTS (SELECT 1 FROM messages WHERE tenant_id = ? AND conversation_id = ? AND turn_seq > ?)")
                    .params(tenantId, id, afterTurn + turns)
                    .query(Boolean.class)
                    .single();
            return new TranscriptPage(items, more ? afterTurn + turns : null);
        });
    }

    /** Stores a human agent's message; it joins the transcript after the turn it answers. */
    public Mono<TranscriptMessage> addAgentMessage(UUID tenantId, UUID id, int afterTurn, String content) {
        UUID messageId = UUID.randomUUID();
        return jdbc.call(db -> {
            Timestamp now = Timestamp.from(Instant.now());
            db.sql("""
                    INSERT INTO messages (id, conversation_id, tenant_id, turn_seq, role, content, created_at)
                    VALUES (?, ?, ?, ?, 'agent', ?, ?)""").params(messageId, id, tenantId, afterTurn, content, now).update();
            return new TranscriptMessage(messageId, afterTurn, "agent", content, null, true, now.toInstant());
        });
    }

    /** Deletes the conversation row and, by cascade, its transcript. */
    public Mono<Void> delete(UUID tenantId, UUID id) {
        return cache.erase(tenantId, id)
                .then(jdbc.call(db -> db.sql("DELETE FROM conversations WHERE tenant_id = ? AND id = ?")
                        .params(tenantId, id)
                        .update()))
                .then();
    }

    /** The publishable key a widget conversation was opened with, for its CORS origins. */
    public Mono<Optional<UUID>> publishableKey(UUID id) {
        return jdbc.call(db -> db.sql("SELECT publishable_key_id FROM conversations WHERE id = ?")
                .param(id)
                .query((rs, n) -> Optional.ofNullable(rs.getObject(1, UUID.class)))
                .optional()
                .flatMap(o -> o));
    }

    private Optional<Versioned> byId(JdbcClient db, UUID tenantId, UUID id) {
        return db.sql(SELECT + " WHERE tenant_id = ? AND id = ?")
                .params(tenantId, id)
                .query(this::row)
                .optional();
    }

    private Versioned row(ResultSet rs, int n) throws SQLException {
        return new Versioned(
                new Conversation(
                        rs.getObject("id", UUID.class),
                        rs.getObject("tenant_id", UUID.class),
                        rs.getString("customer_ref"),
                        rs.getString("channel"),
                        ConversationStatus.of(rs.getString("status")),
                        json.readValue(rs.getString("metadata"), MAP),
                        rs.getString("agent_ref"),
                        rs.getTimestamp("created_at").toInstant(),
                        rs.getTimestamp("updated_at").toInstant(),
                        Optional.ofNullable(rs.getTimestamp("closed_at"))
                                .map(Timestamp::toInstant)
                                .orElse(null)),
                rs.getLong("status_version"));
    }
}
