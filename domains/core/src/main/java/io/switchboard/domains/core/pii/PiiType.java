package io.switchboard.domains.core.pii;

/** The kinds of personal data Switchboard recognizes; the name is also the placeholder's prefix. */
public enum PiiType {
    EMAIL,
    PHONE,
    PAYMENT_CARD,
    IBAN,
    US_SSN,
    CN_RESIDENT_ID,
    DATE_OF_BIRTH,
    IP_ADDRESS;

    /** The placeholder for the n-th distinct value of this type in a conversation, e.g. {@code [PAYMENT_CARD_1]}. */
    public String placeholder(int number) {
        return "[" + name() + "_" + number + "]";
    }
}
