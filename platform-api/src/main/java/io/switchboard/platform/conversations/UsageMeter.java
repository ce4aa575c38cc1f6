package io.switchboard.platform.conversations;

import io.switchboard.platform.db.Jdbc;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Usage per tenant per minute ({@code usage_minutes}): counted in memory on the hot path and added to
 * PostgreSQL in one batch every few seconds, so a turn never waits for this write.
 */
@Component
class UsageMeter {

    private final Jdbc jdbc;
    private final Map<Key, Counts> pending = new ConcurrentHashMap<>();

    UsageMeter(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    void record(UUID tenantId, long promptTokens, long completionTokens) {
        Counts c = pending.computeIfAbsent(
                new Key(tenantId, Instant.now().truncatedTo(ChronoUnit.MINUTES)), k -> new Counts());
        c.requests.increment();
        c.prompt.add(promptTokens);
        c.completion.add(completionTokens);
    }

    /**
     * Adds the pending counts to PostgreSQL. A failed write puts its counts back, so PostgreSQL being down makes
     * usage late, not lost; counts of a tenant that no longer exists (erased) are dropped.
     */
    @Scheduled(fixedDelayString = "${switchboard.chat.usage-flush:5s}")
    void flush() {
        List<Key> keys = List.copyOf(pending.keySet());
        if (keys.isEmpty()) {
            return;
        }
        jdbc.call(db -> {
                    for (Key key : keys) {
                        Counts c = pending.remove(key);
                        if (c == null) {
                            continue;
                        }
                        try {
                            upsert(db, key, c);
                        } catch (org.springframework.dao.DataIntegrityViolationException gone) {
                            // the tenant was deleted meanwhile: nobody to bill
                        } catch (RuntimeException e) {
                            pending.merge(key, c, Counts::plus);
                            throw e;
                        }
                    }
                    return keys.size();
                })
                .onErrorResume(e -> reactor.core.publisher.Mono.empty())
                .block();
    }

    private static void upsert(org.springframework.jdbc.core.simple.JdbcClient db, Key key, Counts c) {
        long prompt = c.prompt.sum();
        long completion = c.completion.sum();
        db.sql("""
                INSERT INTO usage_minutes (tenant_id, minute, requests, cost_units, prompt_tokens, completion_tokens)
                VALUES (?, ?, ?, ?, ?, ?)
                ON CONFLICT (tenant_id, minute) DO UPDATE SET
                    requests = usage_minutes.requests + excluded.requests,
                    cost_units = usage_minutes.cost_units + excluded.cost_units,
                    prompt_tokens = usage_minutes.prompt_tokens + excluded.prompt_tokens,
                    completion_tokens = usage_minutes.completion_tokens + excluded.completion_tokens""")
                .params(
                        key.tenantId(),
                        Timestamp.from(key.minute()),
                        c.requests.sum(),
                        (prompt + completion) / 1000.0,
                        prompt,
                        completion)
                .update();
    }

    private record Key(UUID tenantId, Instant minute) {}

    private static final class Counts {
        final LongAdder requests = new LongAdder();
        final LongAdder prompt = new LongAdder();
        final LongAdder completion = new LongAdder();

        Counts plus(Counts other) {
            requests.add(other.requests.sum());
            prompt.add(other.prompt.sum());
            completion.add(other.completion.sum());
            return this;
        }
    }
}
