package io.switchboard.domains.core;

import io.switchboard.domains.core.internal.GuardedOutbound;
import io.switchboard.domains.core.internal.Prompts;
import io.switchboard.domains.core.pii.PiiRecognizers;
import io.switchboard.domains.core.pii.Redaction;
import io.switchboard.domains.core.pii.Redactor;
import io.switchboard.domains.core.pii.StreamingPiiFilter;
import java.util.Objects;

/**
 * The per-turn entry point for one tenant's domain: the inbound step (secrets masked, PII redacted, entities pinned,
 * intent classified, flow decision) and the outbound step (streaming PII mask plus the flow's rules).
 */
public final class DomainPipeline {

    private final ConfiguredDomain domain;
    private final PiiRecognizers recognizers;
    private final Redactor redactor;

    public DomainPipeline(ConfiguredDomain domain, PiiRecognizers recognizers) {
        this.domain = Objects.requireNonNull(domain, "domain");
        this.recognizers = Objects.requireNonNull(recognizers, "recognizers");
        this.redactor = new Redactor(recognizers);
    }

    public ConfiguredDomain domain() {
        return domain;
    }

    /** Runs the inbound step on a user's text and the conversation's domain state. */
    public InboundResult inbound(String userText, DomainState state) {
        Objects.requireNonNull(userText, "userText");
        Objects.requireNonNull(state, "state");
        Redaction redaction = redactor.redact(domain.maskSecrets(userText), state.book());
        DomainState current = state.withBook(redaction.book()).nextTurn();
        FlowOutcome outcome = domain.inbound(new InboundTurn(redaction.text(), redaction.values(), current));
        DomainState next = current.pin(outcome.entities()).withFlow(outcome.flow());
        PromptContext prompt = Prompts.build(domain, next, outcome.guidance());
        return new InboundResult(
                outcome.decision(),
                redaction.text(),
                next,
                prompt,
                outcome.intent(),
                outcome.entities(),
                outcome.events());
    }

    /** A fresh outbound step for one model reply. */
    public OutboundStream outbound() {
        return new GuardedOutbound(new StreamingPiiFilter(recognizers), domain.outboundPolicy());
    }

    /**
     * A whole turn as the platform runs it: the model is called only when the flow answers with it; every other
     * decision is sent as its fixed message.
     */
    public TurnReply reply(String userText, DomainState state, ModelCall model) {
        InboundResult in = inbound(userText, state);
        if (!in.decision().usesModel()) {
            return new TurnReply(in.decision(), in.decision().message(), in.state(), false);
        }
        OutboundStream out = outbound();
        StringBuilder text = new StringBuilder();
        for (String chunk : model.stream(in.prompt(), in.redactedText())) {
            text.append(out.accept(chunk));
        }
        text.append(out.finish());
        return new TurnReply(in.decision(), text.toString(), in.state(), true);
    }
}
