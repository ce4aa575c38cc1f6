package io.switchboard.domains.core.pii.internal;

/** The check-digit algorithms that tell a real identifier from a random number. */
final class Checksums {

    private static final int[] CN_ID_WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CN_ID_CHECK = "10X98765432";

    private Checksums() {}

    /** Luhn (mod 10) over a string of digits, as payment card numbers carry. */
    static boolean luhn(String digits) {
        int sum = 0;
        boolean doubled = false;
        for (int i = digits.length() - 1; i >= 0; i--) {
            int d = digits.charAt(i) - '0';
            if (doubled) {
                d = d * 2 > 9 ? d * 2 - 9 : d * 2;
            }
            sum += d;
            doubled = !doubled;
        }
        return !digits.isEmpty() && sum % 10 == 0;
    }

    /** ISO 13616 mod 97 over a compact IBAN (upper-case letters and digits, no spaces). */
    static boolean ibanMod97(String iban) {
        String rearranged = iban.substring(4) + iban.substring(0, 4);
        int remainder = 0;
        for (int i = 0; i < rearranged.length(); i++) {
            int value = Character.digit(rearranged.charAt(i), 36);
            if (value < 0) {
                return false;
            }
            remainder = value < 10 ? (remainder * 10 + value) % 97 : (remainder * 100 + value) % 97;
        }
        return remainder == 1;
    }

    /** The ISO 7064 MOD 11-2 check character of an 18-character Chinese resident identity number. */
    static boolean cnResidentId(String id) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (id.charAt(i) - '0') * CN_ID_WEIGHTS[i];
        }
        return Character.toUpperCase(id.charAt(17)) == CN_ID_CHECK.charAt(sum % 11);
    }
}
