package io.switchboard.domains.core.pii;

/** A value taken out of a text and the placeholder that stands for it. */
public record RedactedValue(String placeholder, PiiType type, String original) {}
