package io.switchboard.domains.core.pii;

/** One recognized value: its span in the text, its type and how sure the recognizer is. */
public record PiiMatch(int start, int end, PiiType type, double confidence) {}
