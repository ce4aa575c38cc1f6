package io.switchboard.domains.core.pii;

/** The kinds of personal data the recognizers find. */
public enum PiiType {
    EMAIL,
    PHONE,
    PAYMENT_CARD,
    IBAN,
    US_SSN,
    CN_RESIDENT_ID,
    DATE_OF_BIRTH,
    IP_ADDRESS
}
