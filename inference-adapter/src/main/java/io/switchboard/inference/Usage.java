package io.switchboard.inference;

/** Tokens a reply cost, as the worker counted them. */
public record Usage(int promptTokens, int completionTokens) {}
