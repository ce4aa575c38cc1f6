package io.switchboard.domains.core.pii.internal;

import io.switchboard.domains.core.pii.PiiType;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.Base64;
import java.util.Locale;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Keyed fingerprints of PII values (HMAC-SHA256, truncated to 128 bits), so that a conversation can recognize a
 * value it has seen without keeping it. Values are normalized first, so "4111 1111 …" and "4111-1111-…" agree.
 */
public final class Fingerprints {

    private static final int BYTES = 16;

    private Fingerprints() {}

    public static String of(byte[] key, PiiType type, String value) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            byte[] digest =
                    mac.doFinal((type.name() + '\u0000' + normalized(type, value)).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(digest, BYTES));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available in this JVM", e);
        }
    }

    static String normalized(PiiType type, String value) {
        return switch (type) {
            case EMAIL, IP_ADDRESS -> value.trim().toLowerCase(Locale.ROOT);
            case PHONE -> phoneDigits(value);
            case PAYMENT_CARD, IBAN, US_SSN, CN_RESIDENT_ID ->
                value.replaceAll("[^A-Za-z0-9]", "").toUpperCase(Locale.ROOT);
            case DATE_OF_BIRTH -> value.trim();
        };
    }

    private static String phoneDigits(String value) {
        String digits = Digits.only(value);
        if (value.trim().startsWith("00")) {
            digits = digits.substring(2);
        }
        return digits.length() == 13 && digits.startsWith("861") ? digits.substring(2) : digits;
    }
}
