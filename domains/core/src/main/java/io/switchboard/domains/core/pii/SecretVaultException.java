package io.switchboard.domains.core.pii;

import org.jspecify.annotations.Nullable;

/**
 * A vault's ciphertext could not be opened: it was altered, or sealed under another key. Not retryable; the
 * secret is treated as lost.
 */
public final class SecretVaultException extends RuntimeException {

    public SecretVaultException(String message, @Nullable Throwable cause) {
        super(message, cause);
    }

    public boolean retryable() {
        return false;
    }
}
