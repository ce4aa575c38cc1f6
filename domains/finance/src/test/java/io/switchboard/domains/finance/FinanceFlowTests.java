package io.switchboard.domains.finance;

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

class FinanceFlowTests {

    private static final DomainPipeline PIPELINE = new DomainPipeline(
            new FinanceDomain(new KnownCustomers(List.of(new KnownCustomers.Customer("C-17", "1985-03-02", "4242"))))
                    .configure(TenantDomainConfig.defaults("bank", DomainKind.FINANCE)),
            PiiRecognizers.defaults());

    private static DomainPipeline pipeline(IdentityVerifier verifier) {
        return new DomainPipeline(
                new FinanceDomain(verifier).configure(TenantDomainConfig.defaults("bank", DomainKind.FINANCE)),
                PiiRecognizers.defaults());
    }

    private final AtomicInteger modelCalls = new AtomicInteger();
    private final ModelCall model = (prompt, text) -> {
        modelCalls.incrementAndGet();
        return List.of("Your balance is 1,200 USD.");
    };

    @Test
    void noBalanceBeforeVerification() {
        TurnReply reply = PIPELINE.reply("what's my account balance?", DomainState.initial(), model);

        assertThat(reply.decision().action()).isEqualTo(Action.ASK);
        assertThat(reply.decision().reason()).isEqualTo("verify_identity");
        assertThat(reply.text()).contains("date of birth").doesNotContain("1,200");
        assertThat(modelCalls).hasValue(0);
    }

    @Test
    void wrongDetailsAreAskedAgainAndRightOnesUnlockTheBalance() {
        TurnReply asked = PIPELINE.reply("查一下我的余额", DomainState.initial(), model);
        assertThat(asked.text()).contains("出生日期");

        TurnReply wrong = PIPELINE.reply("1990-01-01, last four 4242", asked.state(), model);
        assertThat(wrong.decision().action()).isEqualTo(Action.ASK);
        assertThat(modelCalls).hasValue(0);

        TurnReply right = PIPELINE.reply("born 1985-03-02, card ending in 4242", wrong.state(), model);
        assertThat(right.decision().action()).isEqualTo(Action.ANSWER);
        assertThat(right.decision().reason()).isEqualTo("balance_inquiry");
        assertThat(right.text()).contains("1,200");
        assertThat(right.state().flow().fact("verified", "")).isEqualTo("C-17");
    }

    @Test
    void threeFailedVerificationsHandOffToAHuman() {
        DomainState state =
                PIPELINE.inbound("show me my balance", DomainState.initial()).state();
        InboundResult last = null;
        for (int i = 0; i < 3; i++) {
            last = PIPELINE.inbound("1970-01-01 last four 0000", state);
            state = last.state();
        }
        assertThat(last.decision().action()).isEqualTo(Action.HANDOFF);
    }

    @Test
    void aCrmThatCannotAnswerIsSaidSoHonestlyAndIsNoFailedAttempt() {
        DomainPipeline down = pipeline((tenant, claim) -> Verification.unavailable());
        DomainState state =
                down.inbound("show me my balance", DomainState.initial()).state();
        for (int i = 0; i < 3; i++) {
            TurnReply reply = down.reply("born 1985-03-02, card ending in 4242", state, model);
            assertThat(reply.decision().action()).isEqualTo(Action.ASK);
            assertThat(reply.decision().reason()).isEqualTo("verification_unavailable");
            assertThat(reply.text()).contains("right now", "agent").doesNotContain("don't match");
            state = reply.state();
        }
        assertThat(state.flow().fact("verification_failures", "0")).isEqualTo("0");
        assertThat(modelCalls).hasValue(0);

        TurnReply zh = down.reply("1985年3月2日，尾号4242", state, model);
        assertThat(zh.text()).contains("人工");
    }

    @Test
    void aTenantWithoutACrmHandsAccountQuestionsToAHumanWithoutAskingForPersonalData() {
        DomainPipeline none = pipeline(new IdentityVerifier() {
            @Override
            public Verification verify(String tenantId, IdentityClaim claim) {
                throw new AssertionError("no CRM to ask");
            }

            @Override
            public boolean serves(String tenantId) {
                return false;
            }
        });

        TurnReply reply = none.reply("what's my account balance?", DomainState.initial(), model);

        assertThat(reply.decision().action()).isEqualTo(Action.HANDOFF);
        assertThat(reply.text()).contains("member of our team").doesNotContain("date of birth");
        assertThat(none.inbound("What are your opening hours?", DomainState.initial())
                        .decision()
                        .action())
                .isEqualTo(Action.ANSWER);
    }

    @Test
    void investmentAdviceIsRefused() {
        TurnReply reply = PIPELINE.reply("which stocks should I buy this year?", DomainState.initial(), model);

        assertThat(reply.decision().action()).isEqualTo(Action.REFUSE);
        assertThat(modelCalls).hasValue(0);
        assertThat(PIPELINE.inbound("推荐一下股票", DomainState.initial()).decision().action())
                .isEqualTo(Action.REFUSE);
    }

    @Test
    void cvvAndPinNeverReachTheRedactedText() {
        InboundResult result = PIPELINE.inbound("my cvv is 123 and my PIN is 9876, 密码是 654321", DomainState.initial());

        assertThat(result.redactedText())
                .doesNotContain("123", "9876", "654321")
                .contains("[SECRET]");
    }

    @Test
    void amountsAccountsAndDatesArePinned() {
        InboundResult result =
                PIPELINE.inbound("I was charged $120.50 twice on my credit card yesterday", DomainState.initial());

        assertThat(result.prompt().pinnedFacts())
                .contains("amount: 120.50 USD", "account_type: credit_card", "date: yesterday");
        assertThat(result.intent().intent()).isEqualTo("transaction_dispute");
    }

    @Test
    void theOutputGuardStopsInvestmentAdvice() {
        OutboundStream out = PIPELINE.outbound();
        String sent = out.accept("Rates are 4% this month. You should buy")
                + out.accept(" shares of ACME now.")
                + out.finish();

        assertThat(sent)
                .startsWith("Rates are 4% this month.")
                .doesNotContain("ACME")
                .contains("investment advice");
    }
}
