package io.switchboard.domains.core;

/** Something the platform must act on or count: an escalation, a hand-off, a failed verification, a
 * lookup the tenant's CRM could not answer. */
public record DomainEvent(String type, String detail) {

    public static final String ESCALATION = "escalation";
    public static final String HANDOFF = "handoff";
    public static final String VERIFICATION_FAILED = "verification_failed";
    public static final String VERIFIED = "verified";
    /** The tenant's CRM could not answer now (down, slow, nonsense); the detail names the lookup. */
    public static final String LOOKUP_UNAVAILABLE = "lookup_unavailable";

    public static final String OUTPUT_BLOCKED = "output_blocked";
}
