package io.switchboard.domains.core;

/** A whole turn's reply as the user sees it, and the state to save. */
public record TurnReply(Decision decision, String text, DomainState state, boolean modelCalled) {}
