package io.switchboard.domains.core;

/** Something the platform must act on or count: an escalation, a hand-off, a failed verification. */
public record DomainEvent(String type, String detail) {

    public static final String ESCALATION = "escalation";
    public static final String HANDOFF = "handoff";
    public static final String VERIFICATION_FAILED = "verification_failed";
    public static final String VERIFIED = "verified";
    public static final String OUTPUT_BLOCKED = "output_blocked";
}
