package io.switchboard.domains.core;

/** A domain plugin configured for one tenant: its intent model trained, its flow and rules ready. */
public interface ConfiguredDomain {

    TenantDomainConfig config();

    /** The domain's policy text for the system prompt. */
    String policy();

    /** Masks secrets the PII recognizers do not know (a finance domain's CVV and PIN) before anything else sees them. */
    default String maskSecrets(String text) {
        return text;
    }

    /** Extracts entities, classifies the intent and lets the flow decide. */
    FlowOutcome inbound(InboundTurn turn);

    OutboundPolicy outboundPolicy();
}
