package io.switchboard.platform.webhooks.internal;

import io.switchboard.platform.db.Jdbc;
import io.switchboard.platform.secrets.StoredSecrets;
import io.switchboard.platform.webhooks.WebhookEvent;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * The delivery queue, which is the {@code webhook_deliveries} table itself: rows are queued in the publisher's
 * transaction, claimed with {@code FOR UPDATE SKIP LOCKED} plus a lease (so replicas never claim the same row at
 * once, and a replica that dies mid-attempt only delays the row until its lease ends), and closed by an update
 * fenced on the attempt number (so an attempt whose lease ran out cannot overwrite a newer one).
 */
final class Deliveries {

    private static final String CLAIM = """
            WITH due AS (
                SELECT d.id FROM webhook_deliveries d JOIN webhooks w ON w.id = d.webhook_id
                WHERE d.status = 'pending' AND d.next_attempt_at <= now() AND w.active
                ORDER BY d.next_attempt_at
                LIMIT ?
                FOR UPDATE OF d SKIP LOCKED)
            UPDATE webhook_deliveries d
               SET attempts = d.attempts + 1, last_attempt_at = now(),
                   next_attempt_at = now() + ? * interval '1 millisecond'
            FROM due, webhooks w
            WHERE d.id = due.id AND w.id = d.webhook_id
            RETURNING d.id, d.event_id, d.event_type, d.payload::text AS payload, d.attempts, w.id AS webhook_id, w.url,
                      w.secret,
                      CASE WHEN w.previous_secret_expires_at > now() THEN w.previous_secret END AS previous_secret""";

    private static final String LOG = """
            SELECT d.id, d.event_id, d.event_type, d.status, d.attempts, d.response_status, d.last_error,
                   d.created_at, d.last_attempt_at, d.next_attempt_at, d.delivered_at
            FROM webhook_deliveries d
            WHERE d.tenant_id = ? AND d.webhook_id = ? AND (?::text IS NULL OR d.status = ?::text)
            ORDER BY d.created_at DESC, d.id
            OFFSET ? LIMIT ?""";

    private static final Logger log = LoggerFactory.getLogger(Deliveries.class);

    private final Jdbc jdbc;
    private final JsonMapper json;
    private final StoredSecrets sealed;

    Deliveries(Jdbc jdbc, JsonMapper json, StoredSecrets sealed) {
        this.jdbc = jdbc;
        this.json = json;
        this.sealed = sealed;
    }

    /** Queues {@code event} for each active subscription to its type; answers how many were queued. */
    Mono<Integer> enqueue(WebhookEvent event) {
        String payload = json.writeValueAsString(envelope(event));
        return jdbc.inTransaction(db -> {
            List<UUID> webhooks = db.sql(
                            "SELECT id FROM webhooks WHERE tenant_id = ? AND active AND ? = ANY (event_types)")
                    .params(event.tenantId(), event.type().id())
                    .query(UUID.class)
                    .list();
            int queued = 0;
            for (UUID webhook : webhooks) {
                queued += db.sql("""
                                INSERT INTO webhook_deliveries (id, webhook_id, tenant_id, event_id, event_type, payload)
                                VALUES (?, ?, ?, ?, ?, ?::jsonb) ON CONFLICT (webhook_id, event_id) DO NOTHING""")
                        .params(
                                UUID.randomUUID(),
                                webhook,
                                event.tenantId(),
                                event.id(),
                                event.type().id(),
                                payload)
                        .update();
            }
            return queued;
        });
    }

    static Map<String, Object> envelope(WebhookEvent event) {
        Map<String, Object> envelope = new LinkedHashMap<>();
        envelope.put("id", event.id().toString());
        envelope.put("type", event.type().id());
        envelope.put("createdAt", event.createdAt().toString());
        envelope.put("tenantId", event.tenantId().toString());
        envelope.put("data", event.data());
        return envelope;
    }

    /** Claims up to {@code limit} due deliveries for one attempt each, hidden from other claims for {@code lease}. */
    Mono<List<Claim>> claim(int limit, Duration lease) {
        return jdbc.inTransaction(db -> db.sql(CLAIM)
                .params(limit, lease.toMillis())
                .query((rs, n) -> new Claim(
                        rs.getObject("id", UUID.class),
                        rs.getObject("event_id", UUID.class),
                        rs.getString("event_type"),
                        rs.getString("payload"),
                        rs.getInt("attempts"),
                        rs.getString("url"),
                        secrets(
                                rs.getObject("webhook_id", UUID.class),
                                rs.getString("secret"),
                                rs.getString("previous_secret"))))
                .list());
    }

    /** The webhook's signing secrets, newest first; none when they do not open (the attempt then fails, logged). */
    private List<String> secrets(UUID webhookId, String secret, @Nullable String previous) {
        String row = Subscriptions.secretRow(webhookId);
        try {
            return previous == null
                    ? List.of(sealed.open(secret, row))
                    : List.of(sealed.open(secret, row), sealed.open(previous, row));
        } catch (IllegalStateException e) {
            log.error("Webhook {} cannot sign its deliveries: {}", webhookId, e.getMessage());
            return List.of();
        }
    }

    Mono<Boolean> delivered(Claim claim, int responseStatus) {
        return jdbc.call(db -> db.sql("""
                                UPDATE webhook_deliveries SET status = 'delivered', response_status = ?, last_error = NULL,
                                       delivered_at = now()
                                WHERE id = ? AND attempts = ? AND status = 'pending'""")
                        .params(responseStatus, claim.deliveryId(), claim.attempt())
                        .update()
                > 0);
    }

    /** Records a failed attempt: retried after {@code retryIn}, or marked failed when {@code retryIn} is null. */
    Mono<Boolean> attemptFailed(
            Claim claim, @Nullable Integer responseStatus, String error, @Nullable Duration retryIn) {
        return jdbc.call(db -> db.sql("""
                                UPDATE webhook_deliveries
                                   SET status = CASE WHEN ?::bigint IS NULL THEN 'failed' ELSE 'pending' END,
                                       response_status = ?, last_error = ?,
                                       next_attempt_at = coalesce(now() + ?::bigint * interval '1 millisecond', next_attempt_at)
                                WHERE id = ? AND attempts = ? AND status = 'pending'""")
                        .params(
                                retryIn == null ? null : retryIn.toMillis(),
                                responseStatus,
                                error,
                                retryIn == null ? null : retryIn.toMillis(),
                                claim.deliveryId(),
                                claim.attempt())
                        .update()
                > 0);
    }

    /** A page of the log of one webhook, newest first; the caller has checked that the webhook is the tenant's. */
    Mono<List<Delivery>> log(UUID tenantId, UUID webhookId, @Nullable String status, int offset, int limit) {
        return jdbc.call(db -> db.sql(LOG)
                .params(tenantId, webhookId, status, status, offset, limit)
                .query(Deliveries::row)
                .list());
    }

    private static Delivery row(ResultSet rs, int n) throws SQLException {
        String status = rs.getString("status");
        return new Delivery(
                rs.getObject("id", UUID.class),
                rs.getObject("event_id", UUID.class),
                rs.getString("event_type"),
                status,
                rs.getInt("attempts"),
                rs.getObject("response_status", Integer.class),
                rs.getString("last_error"),
                rs.getTimestamp("created_at").toInstant(),
                Subscriptions.instant(rs.getTimestamp("last_attempt_at")),
                status.equals("pending") ? Subscriptions.instant(rs.getTimestamp("next_attempt_at")) : null,
                Subscriptions.instant(rs.getTimestamp("delivered_at")));
    }
}
