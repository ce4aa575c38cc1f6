package io.switchboard.domains.finance.internal;

import io.switchboard.domains.core.ConfiguredDomain;
import io.switchboard.domains.core.Decision;
import io.switchboard.domains.core.DomainEvent;
import io.switchboard.domains.core.Entity;
import io.switchboard.domains.core.FlowOutcome;
import io.switchboard.domains.core.FlowState;
import io.switchboard.domains.core.InboundTurn;
import io.switchboard.domains.core.OutboundPolicy;
import io.switchboard.domains.core.TenantDomainConfig;
import io.switchboard.domains.core.intent.IntentClassifier;
import io.switchboard.domains.core.intent.IntentPrediction;
import io.switchboard.domains.core.text.Language;
import io.switchboard.domains.finance.IdentityClaim;
import io.switchboard.domains.finance.IdentityVerifier;
import io.switchboard.domains.finance.Verification;
import java.util.List;
import java.util.Set;

/**
 * The finance flow: investment-advice requests are refused; account-specific requests wait for identity verification
 * through the tenant's CRM (three failed tries hand off to a human; a CRM that cannot answer now is said so, without
 * counting a failure; a tenant without a CRM hands account questions to a human at once); general questions go to
 * the model.
 */
public final class FinanceFlow implements ConfiguredDomain {

    static final Set<String> ACCOUNT_SPECIFIC =
            Set.of("balance_inquiry", "transaction_dispute", "card_lost_stolen", "transfer_money", "update_contact");
    static final String VERIFIED = "verified";
    static final String FAILURES = "verification_failures";
    private static final int MAX_FAILURES = 3;

    private final TenantDomainConfig config;
    private final IntentClassifier classifier;
    private final IdentityVerifier verifier;

    public FinanceFlow(TenantDomainConfig config, IntentClassifier classifier, IdentityVerifier verifier) {
        this.config = config;
        this.classifier = classifier;
        this.verifier = verifier;
    }

    @Override
    public TenantDomainConfig config() {
        return config;
    }

    @Override
    public String policy() {
        return FinanceTexts.POLICY;
    }

    @Override
    public String maskSecrets(String text) {
        return Secrets.mask(text);
    }

    @Override
    public OutboundPolicy outboundPolicy() {
        return FinanceTexts.OUTBOUND;
    }

    @Override
    public FlowOutcome inbound(InboundTurn turn) {
        Language language = Language.of(turn.text());
        List<Entity> entities = FinanceEntities.extract(turn.text());
        IntentPrediction intent = classifier.classify(turn.text());
        FlowState flow = turn.state().flow();
        if (FinanceTexts.asksForInvestmentAdvice(turn.text())) {
            return outcome(
                    Decision.refuse("investment_advice", FinanceTexts.noAdvice(language)),
                    intent,
                    entities,
                    flow,
                    List.of());
        }
        String trusted = intent.trusted();
        if (trusted.equals("human_agent")) {
            return outcome(
                    Decision.handoff("human_agent", FinanceTexts.handoff(language)),
                    intent,
                    entities,
                    flow.pending(""),
                    List.of(new DomainEvent(DomainEvent.HANDOFF, "asked")));
        }
        boolean verified = flow.has(VERIFIED);
        boolean answering =
                ACCOUNT_SPECIFIC.contains(flow.pending()) && !Claims.from(turn).isEmpty();
        String request = !answering && ACCOUNT_SPECIFIC.contains(trusted) ? trusted : flow.pending();
        if (!verified && ACCOUNT_SPECIFIC.contains(request)) {
            if (!verifier.serves(config.tenantId())) {
                return outcome(
                        Decision.handoff("verification_not_offered", FinanceTexts.noVerification(language)),
                        intent,
                        entities,
                        flow.pending(""),
                        List.of(new DomainEvent(DomainEvent.HANDOFF, "verification_not_offered")));
            }
            return verify(turn, intent, entities, flow.pending(request), language);
        }
        if (ACCOUNT_SPECIFIC.contains(request)) {
            return new FlowOutcome(
                    Decision.answer(request),
                    intent,
                    entities,
                    flow.pending(""),
                    List.of("The customer is verified (" + flow.fact(VERIFIED, "") + "); you may discuss " + request
                            + " using the account data provided."),
                    List.of());
        }
        return new FlowOutcome(
                Decision.answer(trusted),
                intent,
                entities,
                flow,
                List.of("Give general information only; do not discuss account details."),
                List.of());
    }

    private FlowOutcome verify(
            InboundTurn turn, IntentPrediction intent, List<Entity> entities, FlowState flow, Language language) {
        IdentityClaim claim = Claims.from(turn);
        if (claim.isEmpty()) {
            return outcome(
                    Decision.ask("verify_identity", FinanceTexts.verify(language)), intent, entities, flow, List.of());
        }
        Verification result = verifier.verify(config.tenantId(), claim);
        if (result.status() == Verification.Status.UNAVAILABLE) {
            return outcome(
                    Decision.ask("verification_unavailable", FinanceTexts.cannotVerifyNow(language)),
                    intent,
                    entities,
                    flow,
                    List.of(new DomainEvent(DomainEvent.LOOKUP_UNAVAILABLE, "identity")));
        }
        if (result.verified()) {
            FlowState next =
                    flow.with(VERIFIED, result.customerRef()).without(FAILURES).pending("");
            return new FlowOutcome(
                    Decision.answer(flow.pending()),
                    intent,
                    entities,
                    next,
                    List.of("The customer is verified (" + result.customerRef() + "); you may discuss " + flow.pending()
                            + " using the account data provided."),
                    List.of(new DomainEvent(DomainEvent.VERIFIED, result.customerRef())));
        }
        int failures = Integer.parseInt(flow.fact(FAILURES, "0")) + 1;
        List<DomainEvent> events = List.of(new DomainEvent(DomainEvent.VERIFICATION_FAILED, "attempt " + failures));
        if (failures >= MAX_FAILURES) {
            return outcome(
                    Decision.handoff("verification_failed", FinanceTexts.handoff(language)),
                    intent,
                    entities,
                    flow.without(FAILURES).pending(""),
                    events);
        }
        return outcome(
                Decision.ask("verify_identity", FinanceTexts.verifyAgain(language)),
                intent,
                entities,
                flow.with(FAILURES, Integer.toString(failures)),
                events);
    }

    private static FlowOutcome outcome(
            Decision decision,
            IntentPrediction intent,
            List<Entity> entities,
            FlowState flow,
            List<DomainEvent> events) {
        return new FlowOutcome(decision, intent, entities, flow, List.of(), events);
    }
}
