package io.switchboard.domains.core.pii;

import io.switchboard.domains.core.pii.internal.AesGcmSecretVault;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Keeps the originals behind a conversation's placeholders, encrypted, for as long as a flow may need them (a card's
 * last four, an e-mail to confirm) and no longer: they expire with the conversation's TTL and are never sent to a
 * model, written to a transcript or logged.
 */
public interface SecretVault {

    /** Keeps the values (again), and restarts the conversation's time to live. */
    void keep(String conversationId, List<RedactedValue> values);

    /** The value behind a placeholder, while the conversation's secrets live. */
    Optional<RedactedValue> reveal(String conversationId, String placeholder);

    /** Erases every secret of the conversation at once (erasure, end of conversation). */
    void forget(String conversationId);

    /**
     * A vault that encrypts each value with AES-GCM under a per-conversation data key, itself stored wrapped (AES-GCM)
     * under {@code masterKey}; the storage sees only ciphertext.
     *
     * @param masterKey 16, 24 or 32 bytes, from the platform's secret store
     */
    static SecretVault encrypted(VaultStorage storage, byte[] masterKey, Duration timeToLive) {
        return new AesGcmSecretVault(storage, masterKey, timeToLive);
    }

    /** An encrypted vault in this process's memory, under a random master key; for tests and single-node use. */
    static SecretVault inMemory(Duration timeToLive) {
        byte[] masterKey = new byte[32];
        new SecureRandom().nextBytes(masterKey);
        return encrypted(VaultStorage.inMemory(Clock.systemUTC()), masterKey, timeToLive);
    }
}
