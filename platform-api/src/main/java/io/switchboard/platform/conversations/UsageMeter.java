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
                    return keys.size();
                })
                .onErrorResume(e -> reactor.core.publisher.Mono.empty()) // the tenant row may be gone (erased)
                .block();
    }

    private record Key(UUID tenantId, Instant minute) {}

    private static final class Counts {
        final LongAdder requests = new LongAdder();
        final LongAdder prompt = new LongAdder();
        final LongAdder completion = new LongAdder();
    }
}
