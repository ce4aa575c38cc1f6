package io.switchboard.domains.core.pii.internal;

/** Small helpers for numbers written with separators. */
final class Digits {

    private Digits() {}

    static String only(CharSequence s) {
        StringBuilder digits = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                digits.append(c);
            }
        }
        return digits.toString();
    }

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
