package io.switchboard.platform.secrets;

import io.switchboard.platform.PlatformProperties;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Seals secrets for storage with AES-256-GCM under {@code switchboard.secrets-key}, each bound (as associated data) to
 * the row it belongs to, so a sealed value copied onto another tenant's row does not open. A stored value reads
 * {@code sb1.} followed by base64url of the 12-byte nonce, the ciphertext and the tag.
 */
@Component
public class StoredSecrets {

    private static final String PREFIX = "sb1.";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecureRandom random = new SecureRandom();
    private final SecretKeySpec key;

    @Autowired
    StoredSecrets(PlatformProperties properties) {
        this(properties.secretsKey());
    }

    StoredSecrets(String base64Key) {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(base64Key.strip());
        } catch (IllegalArgumentException e) {
            bytes = new byte[0];
        }
        if (bytes.length != 32) {
            throw new IllegalStateException("switchboard.secrets-key (SWITCHBOARD_SECRETS_KEY) must be 32 random bytes"
                    + " in base64, e.g. the output of 'openssl rand -base64 32'; it seals the webhook and CRM secrets"
                    + " kept in PostgreSQL, so keep it as safe as the database password and the same on every replica");
        }
        this.key = new SecretKeySpec(bytes, "AES");
    }

    /** The value to store for {@code secret}, which opens only with the same {@code row}. */
    public String seal(String secret, String row) {
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(row.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(secret.getBytes(StandardCharsets.UTF_8));
            byte[] stored = ByteBuffer.allocate(NONCE_BYTES + sealed.length)
                    .put(nonce)
                    .put(sealed)
                    .array();
            return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(stored);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available in this JVM", e);
        }
    }

    /**
     * The secret {@link #seal} stored for {@code row}. Fails with {@link IllegalStateException} when the value was
     * altered, sealed for another row or under another key, or is not sealed at all.
     */
    public String open(String stored, String row) {
        if (!stored.startsWith(PREFIX)) {
            throw new IllegalStateException("a stored secret is not sealed (" + row + ")");
        }
        try {
            byte[] bytes = Base64.getUrlDecoder().decode(stored.substring(PREFIX.length()));
            if (bytes.length < NONCE_BYTES + TAG_BITS / 8) {
                throw new IllegalStateException("a stored secret is too short to be sealed (" + row + ")");
            }
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, bytes, 0, NONCE_BYTES));
            cipher.updateAAD(row.getBytes(StandardCharsets.UTF_8));
            return new String(cipher.doFinal(bytes, NONCE_BYTES, bytes.length - NONCE_BYTES), StandardCharsets.UTF_8);
        } catch (AEADBadTagException e) {
            throw new IllegalStateException(
                    "a stored secret does not open: altered, moved from another row, or sealed under another"
                            + " switchboard.secrets-key (" + row + ")",
                    e);
        } catch (IllegalArgumentException | GeneralSecurityException e) {
            throw new IllegalStateException("a stored secret could not be read (" + row + ")", e);
        }
    }
}
