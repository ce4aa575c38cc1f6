package io.switchboard.domains.core.pii.internal;

import io.switchboard.domains.core.pii.VaultStorage;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Vault storage in a map, one entry per conversation that expires as a whole. */
public final class InMemoryVaultStorage implements VaultStorage {

    private final Clock clock;
    private final Map<String, Entry> conversations = new ConcurrentHashMap<>();

    public InMemoryVaultStorage(Clock clock) {
        this.clock = clock;
    }

    @Override
    public void put(String conversationId, String field, byte[] value, Duration timeToLive) {
        update(conversationId, field, value, timeToLive, true);
    }

    @Override
    public byte[] putIfAbsent(String conversationId, String field, byte[] value, Duration timeToLive) {
        return update(conversationId, field, value, timeToLive, false);
    }

    @Override
    public Optional<byte[]> get(String conversationId, String field) {
        Entry entry = live(conversationId);
        return entry == null
                ? Optional.empty()
                : Optional.ofNullable(entry.fields().get(field)).map(byte[]::clone);
    }

    @Override
    public void delete(String conversationId) {
        conversations.remove(conversationId);
    }

    private byte[] update(String conversationId, String field, byte[] value, Duration timeToLive, boolean replace) {
        Instant expiresAt = clock.instant().plus(timeToLive);
        byte[][] result = new byte[1][];
        conversations.compute(conversationId, (id, entry) -> {
            Map<String, byte[]> fields =
                    entry == null || entry.expired(clock.instant()) ? new ConcurrentHashMap<>() : entry.fields();
            result[0] = replace ? value.clone() : fields.computeIfAbsent(field, f -> value.clone());
            if (replace) {
                fields.put(field, result[0]);
            }
            return new Entry(fields, expiresAt);
        });
        return result[0].clone();
    }

    private Entry live(String conversationId) {
        Entry entry = conversations.get(conversationId);
        if (entry != null && entry.expired(clock.instant())) {
            conversations.remove(conversationId, entry);
            return null;
        }
        return entry;
    }

    private record Entry(Map<String, byte[]> fields, Instant expiresAt) {
        boolean expired(Instant now) {
            return !now.isBefore(expiresAt);
        }
    }
}
