package io.switchboard.domains.core.pii;

import io.switchboard.domains.core.pii.internal.InMemoryVaultStorage;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * Where a {@link SecretVault} puts its ciphertext: one hash of fields per conversation that expires as a whole (a
 * Redis hash with EXPIRE fits). It only ever sees encrypted bytes.
 */
public interface VaultStorage {

    /** Stores a field and restarts the conversation's time to live. */
    void put(String conversationId, String field, byte[] value, Duration timeToLive);

    /**
     * Stores a field unless it exists, restarts the time to live and returns the field's value, stored or existing
     * (so that two nodes never create two data keys for one conversation).
     */
    byte[] putIfAbsent(String conversationId, String field, byte[] value, Duration timeToLive);

    Optional<byte[]> get(String conversationId, String field);

    void delete(String conversationId);

    /** Storage in this process's memory, expiring by {@code clock}. */
    static VaultStorage inMemory(Clock clock) {
        return new InMemoryVaultStorage(clock);
    }
}
