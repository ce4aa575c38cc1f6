package io.switchboard.domains.core.pii.internal;

import io.switchboard.domains.core.pii.PiiType;
import io.switchboard.domains.core.pii.RedactedValue;
import io.switchboard.domains.core.pii.SecretVault;
import io.switchboard.domains.core.pii.SecretVaultException;
import io.switchboard.domains.core.pii.VaultStorage;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Envelope encryption: each conversation gets a random AES-256 data key, stored wrapped under the master key; each
 * value is sealed with AES-GCM under the data key, bound (as associated data) to its conversation and placeholder,
 * so ciphertext moved to another conversation or placeholder does not open.
 */
public final class AesGcmSecretVault implements SecretVault {

    private static final String DATA_KEY_FIELD = "dek";
    private static final String VALUE_FIELD_PREFIX = "v:";
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecureRandom random = new SecureRandom();
    private final VaultStorage storage;
    private final SecretKeySpec masterKey;
    private final Duration timeToLive;

    public AesGcmSecretVault(VaultStorage storage, byte[] masterKey, Duration timeToLive) {
        this.storage = Objects.requireNonNull(storage, "storage");
        if (masterKey.length != 16 && masterKey.length != 24 && masterKey.length != 32) {
            throw new IllegalArgumentException("the master key must be 16, 24 or 32 bytes, got " + masterKey.length);
        }
        if (timeToLive.isNegative() || timeToLive.isZero()) {
            throw new IllegalArgumentException("the time to live must be positive, got " + timeToLive);
        }
        this.masterKey = new SecretKeySpec(masterKey.clone(), "AES");
        this.timeToLive = timeToLive;
    }

    @Override
    public void keep(String conversationId, List<RedactedValue> values) {
        if (values.isEmpty()) {
            return;
        }
        SecretKeySpec dataKey = dataKey(conversationId);
        for (RedactedValue value : values) {
            byte[] plain = (value.type().name() + '\n' + value.original()).getBytes(StandardCharsets.UTF_8);
            byte[] sealed = seal(dataKey, plain, valueContext(conversationId, value.placeholder()));
            storage.put(conversationId, VALUE_FIELD_PREFIX + value.placeholder(), sealed, timeToLive);
        }
    }

    @Override
    public Optional<RedactedValue> reveal(String conversationId, String placeholder) {
        Optional<byte[]> sealed = storage.get(conversationId, VALUE_FIELD_PREFIX + placeholder);
        Optional<byte[]> wrappedKey = storage.get(conversationId, DATA_KEY_FIELD);
        if (sealed.isEmpty() || wrappedKey.isEmpty()) {
            return Optional.empty();
        }
        SecretKeySpec dataKey = new SecretKeySpec(open(masterKey, wrappedKey.get(), keyContext(conversationId)), "AES");
        String plain = new String(
                open(dataKey, sealed.get(), valueContext(conversationId, placeholder)), StandardCharsets.UTF_8);
        int newline = plain.indexOf('\n');
        return Optional.of(new RedactedValue(
                placeholder, PiiType.valueOf(plain.substring(0, newline)), plain.substring(newline + 1)));
    }

    @Override
    public void forget(String conversationId) {
        storage.delete(conversationId);
    }

    private SecretKeySpec dataKey(String conversationId) {
        byte[] fresh = new byte[32];
        random.nextBytes(fresh);
        byte[] wrapped = seal(masterKey, fresh, keyContext(conversationId));
        byte[] stored = storage.putIfAbsent(conversationId, DATA_KEY_FIELD, wrapped, timeToLive);
        return new SecretKeySpec(open(masterKey, stored, keyContext(conversationId)), "AES");
    }

    private byte[] seal(SecretKeySpec key, byte[] plain, byte[] context) {
        byte[] iv = new byte[IV_BYTES];
        random.nextBytes(iv);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(context);
            byte[] encrypted = cipher.doFinal(plain);
            return ByteBuffer.allocate(IV_BYTES + encrypted.length)
                    .put(iv)
                    .put(encrypted)
                    .array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available in this JVM", e);
        }
    }

    private static byte[] open(SecretKeySpec key, byte[] sealed, byte[] context) {
        if (sealed.length < IV_BYTES + TAG_BITS / 8) {
            throw new SecretVaultException("a vault entry is too short to be ciphertext", null);
        }
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, sealed, 0, IV_BYTES));
            cipher.updateAAD(context);
            return cipher.doFinal(sealed, IV_BYTES, sealed.length - IV_BYTES);
        } catch (AEADBadTagException e) {
            throw new SecretVaultException(
                    "a vault entry failed authentication: altered, or sealed under another key", e);
        } catch (GeneralSecurityException e) {
            throw new SecretVaultException("a vault entry could not be opened", e);
        }
    }

    private static byte[] keyContext(String conversationId) {
        return ("data-key\n" + conversationId).getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] valueContext(String conversationId, String placeholder) {
        return ("value\n" + conversationId + '\n' + placeholder).getBytes(StandardCharsets.UTF_8);
    }
}
