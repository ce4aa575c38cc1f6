package io.switchboard.domains.core.pii.internal;

import io.switchboard.domains.core.pii.PiiType;

/**
 * What of a PII value may be shown to the person it belongs to: a card at most as BIN and last four (PCI DSS 4.0
 * 3.4.1), other numbers as their last four, an e-mail as its first letter and domain, nothing of a birth date.
 */
public final class Masks {

    private Masks() {}

    public static String of(PiiType type, String value) {
        String compact = value.replaceAll("[^A-Za-z0-9]", "");
        return switch (type) {
            case PAYMENT_CARD -> compact.length() < 13 ? stars(compact.length()) : keep(compact, 6, 4);
            case EMAIL -> email(value);
            case PHONE, IBAN, US_SSN, CN_RESIDENT_ID ->
                compact.length() < 8 ? stars(compact.length()) : keep(compact, 0, 4);
            case DATE_OF_BIRTH, IP_ADDRESS -> stars(8);
        };
    }

    private static String email(String value) {
        int at = value.lastIndexOf('@');
        return at <= 0 ? stars(8) : value.charAt(0) + "***" + value.substring(at);
    }

    private static String keep(String compact, int head, int tail) {
        int hidden = compact.length() - head - tail;
        return compact.substring(0, head) + stars(hidden) + compact.substring(compact.length() - tail);
    }

    private static String stars(int n) {
        return "*".repeat(Math.max(0, n));
    }
}
