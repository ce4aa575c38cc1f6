package io.switchboard.domains.medical.internal;

import io.switchboard.domains.core.ConfiguredDomain;
import io.switchboard.domains.core.Decision;
import io.switchboard.domains.core.DomainEvent;
import io.switchboard.domains.core.DomainState;
import io.switchboard.domains.core.Entity;
import io.switchboard.domains.core.FlowOutcome;
import io.switchboard.domains.core.FlowState;
import io.switchboard.domains.core.InboundTurn;
import io.switchboard.domains.core.OutboundPolicy;
import io.switchboard.domains.core.TenantDomainConfig;
import io.switchboard.domains.core.intent.IntentClassifier;
import io.switchboard.domains.core.intent.IntentPrediction;
import io.switchboard.domains.core.text.Language;
import io.switchboard.domains.medical.Disposition;
import io.switchboard.domains.medical.RedFlag;
import io.switchboard.domains.medical.RedFlags;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The medical flow: red flag → escalate; a symptom → triage questions → disposition; other intents → the model. */
public final class MedicalFlow implements ConfiguredDomain {

    static final String TRIAGE = "triage";
    private static final List<String> REQUIRED =
            List.of(MedicalEntities.SYMPTOM, MedicalEntities.ONSET, MedicalEntities.SEVERITY, MedicalEntities.AGE);

    static final String ASKED_BACKGROUND = "background";
    /** Intents that end a triage in progress; anything else (an answer to its question) continues it. */
    private static final Set<String> LEAVES_TRIAGE =
            Set.of("book_appointment", "cancel_appointment", "test_results", "opening_hours");

    private static final Set<String> BACKGROUND =
            Set.of(MedicalEntities.MEDICATION, MedicalEntities.ALLERGY, MedicalEntities.PREGNANCY);

    private final TenantDomainConfig config;
    private final IntentClassifier classifier;
    private final RedFlags redFlags;

    public MedicalFlow(TenantDomainConfig config, IntentClassifier classifier, RedFlags redFlags) {
        this.config = config;
        this.classifier = classifier;
        this.redFlags = redFlags;
    }

    @Override
    public TenantDomainConfig config() {
        return config;
    }

    @Override
    public String policy() {
        return MedicalTexts.POLICY;
    }

    @Override
    public OutboundPolicy outboundPolicy() {
        return MedicalTexts.OUTBOUND;
    }

    @Override
    public FlowOutcome inbound(InboundTurn turn) {
        Language language = Language.of(turn.text());
        List<Entity> entities = MedicalEntities.extract(turn.text());
        Optional<RedFlag> flag = redFlags.find(turn.text());
        IntentPrediction intent = classifier.classify(turn.text());
        FlowState flow = turn.state().flow();
        if (flag.isPresent()) {
            return new FlowOutcome(
                    Decision.escalate("red_flag:" + flag.get().category(), MedicalTexts.emergency(language)),
                    intent,
                    entities,
                    flow.pending("").with("escalated", flag.get().category()),
                    List.of(),
                    List.of(new DomainEvent(DomainEvent.ESCALATION, flag.get().category())));
        }
        String trusted = intent.trusted();
        if (trusted.equals("human_agent")) {
            return outcome(
                    Decision.handoff("human_agent", MedicalTexts.handoff(language)),
                    intent,
                    entities,
                    flow,
                    List.of(new DomainEvent(DomainEvent.HANDOFF, "asked")));
        }
        boolean symptoms = entities.stream().anyMatch(e -> e.type().equals(MedicalEntities.SYMPTOM));
        boolean triage = flow.pending().equals(TRIAGE) && !LEAVES_TRIAGE.contains(trusted);
        if (trusted.equals("symptom_report") || triage || (symptoms && !intent.confident())) {
            return triage(turn, intent, entities, language);
        }
        return new FlowOutcome(
                Decision.answer(trusted),
                intent,
                entities,
                flow.pending(""),
                MedicalTexts.guidance(trusted),
                List.of());
    }

    private FlowOutcome triage(InboundTurn turn, IntentPrediction intent, List<Entity> entities, Language language) {
        DomainState state = turn.state().pin(entities);
        for (String slot : REQUIRED) {
            if (state.latest(slot).isEmpty()) {
                return new FlowOutcome(
                        Decision.ask("triage:" + slot, MedicalTexts.question(slot, language)),
                        intent,
                        entities,
                        state.flow().pending(TRIAGE),
                        List.of(),
                        List.of());
            }
        }
        boolean background = state.pinned().stream().anyMatch(e -> BACKGROUND.contains(e.type()));
        if (!background && !state.flow().has(ASKED_BACKGROUND)) {
            return new FlowOutcome(
                    Decision.ask("triage:background", MedicalTexts.question(ASKED_BACKGROUND, language)),
                    intent,
                    entities,
                    state.flow().pending(TRIAGE).with(ASKED_BACKGROUND, "true"),
                    List.of(),
                    List.of());
        }
        Disposition disposition = TriageProtocol.decide(state);
        List<Entity> withDisposition = new java.util.ArrayList<>(entities);
        withDisposition.add(new Entity("disposition", disposition.name()));
        return new FlowOutcome(
                Decision.answer("triage:" + disposition.name()),
                intent,
                withDisposition,
                state.flow().pending("").with("disposition", disposition.name()),
                List.of("Triage disposition: " + disposition.name()
                        + ". Tell the patient where to go and how soon, with safety-netting advice; do not diagnose."),
                List.of());
    }

    private static FlowOutcome outcome(
            Decision decision,
            IntentPrediction intent,
            List<Entity> entities,
            FlowState flow,
            List<DomainEvent> events) {
        return new FlowOutcome(decision, intent, entities, flow.pending(""), List.of(), events);
    }
}
