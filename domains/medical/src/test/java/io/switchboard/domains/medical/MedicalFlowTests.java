package io.switchboard.domains.medical;

import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.domains.core.Action;
import io.switchboard.domains.core.DomainKind;
import io.switchboard.domains.core.DomainPipeline;
import io.switchboard.domains.core.DomainState;
import io.switchboard.domains.core.InboundResult;
import io.switchboard.domains.core.ModelCall;
import io.switchboard.domains.core.OutboundStream;
import io.switchboard.domains.core.TenantDomainConfig;
import io.switchboard.domains.core.TurnReply;
import io.switchboard.domains.core.pii.PiiRecognizers;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MedicalFlowTests {

    private static final DomainPipeline PIPELINE = new DomainPipeline(
            new MedicalDomain().configure(TenantDomainConfig.defaults("clinic", DomainKind.MEDICAL)),
            PiiRecognizers.defaults());

    private final AtomicInteger modelCalls = new AtomicInteger();
    private final ModelCall model = (prompt, text) -> {
        modelCalls.incrementAndGet();
        return List.of("Model text.");
    };

    @ParameterizedTest
    @ValueSource(strings = {"I have crushing chest pain going down my left arm", "突然胸痛，喘不上气", "我不想活了"})
    void aRedFlagIsAnsweredWithTheEscalationMessageNeverWithModelText(String text) {
        TurnReply reply = PIPELINE.reply(text, DomainState.initial(), model);

        assertThat(reply.decision().action()).isEqualTo(Action.ESCALATE);
        assertThat(reply.modelCalled()).isFalse();
        assertThat(modelCalls).hasValue(0);
        assertThat(reply.text()).doesNotContain("Model text").containsAnyOf("emergency", "120");
    }

    @Test
    void theEscalationRaisesAnEvent() {
        InboundResult result = PIPELINE.inbound("my dad collapsed and isn't responding", DomainState.initial());

        assertThat(result.events()).anySatisfy(e -> assertThat(e.detail()).isEqualTo("unresponsive"));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "no chest pain, just a sore throat",
                "my grandfather had a stroke ten years ago",
                "没有胸痛，就是嗓子疼",
                "我爷爷十年前中过风"
            })
    void negationsAndHistoryAreNotRedFlags(String text) {
        assertThat(PIPELINE.inbound(text, DomainState.initial()).decision().action())
                .isNotEqualTo(Action.ESCALATE);
    }

    @Test
    void triageCollectsWhatTheDispositionNeedsThenAnswers() {
        InboundResult first = PIPELINE.inbound("I have a headache", DomainState.initial());
        assertThat(first.decision().action()).isEqualTo(Action.ASK);
        assertThat(first.decision().reason()).isEqualTo("triage:onset");

        InboundResult second = PIPELINE.inbound("since yesterday, it's mild", first.state());
        assertThat(second.decision().reason()).isEqualTo("triage:age");

        InboundResult third = PIPELINE.inbound("I'm 34 years old", second.state());
        assertThat(third.decision().reason()).isEqualTo("triage:background");

        InboundResult fourth = PIPELINE.inbound("I'm allergic to penicillin, no medicines", third.state());
        assertThat(fourth.decision().action()).isEqualTo(Action.ANSWER);
        assertThat(fourth.decision().reason()).isEqualTo("triage:SELF_CARE");
        assertThat(fourth.prompt().pinnedFacts())
                .contains("symptom: headache", "allergy: penicillin", "disposition: SELF_CARE");
        assertThat(fourth.prompt().systemPrompt()).contains("do not diagnose");
    }

    @Test
    void severeSymptomsGoToUrgentCareInChinese() {
        InboundResult first = PIPELINE.inbound("肚子疼得很严重，两天了，我45岁，没有过敏", DomainState.initial());

        assertThat(first.decision().reason()).isEqualTo("triage:URGENT_CARE");
        assertThat(first.prompt().pinnedFacts()).contains("allergy: none", "age: 45");
    }

    @Test
    void theOutputGuardStopsADiagnosis() {
        OutboundStream out = PIPELINE.outbound();
        String sent = out.accept("Thanks for the details. Based on this, you probably have")
                + out.accept(" appendicitis and should rest.")
                + out.finish();

        assertThat(sent).startsWith("Thanks for the details.").doesNotContain("appendicitis");
        assertThat(out.violation()).isPresent();
    }
}
