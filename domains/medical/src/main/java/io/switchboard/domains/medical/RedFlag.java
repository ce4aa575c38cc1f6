package io.switchboard.domains.medical;

/** A red-flag symptom found in a turn: its category (cardiac, stroke, …) and the words that raised it. */
public record RedFlag(String category, String evidence) {}
