package io.switchboard.platform.webhooks.internal;

import java.security.SecureRandom;
import java.util.Base64;

/** Mints webhook signing secrets: {@code whsec_} and 32 random bytes, base64url without padding. */
final class SigningSecrets {

    static final String PREFIX = "whsec_";
    private static final SecureRandom RANDOM = new SecureRandom();

    private SigningSecrets() {}

    static String mint() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
