package io.switchboard.domains.ecommerce;

import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.domains.core.Action;
import io.switchboard.domains.core.DomainKind;
import io.switchboard.domains.core.DomainPipeline;
import io.switchboard.domains.core.DomainState;
import io.switchboard.domains.core.InboundResult;
import io.switchboard.domains.core.ModelCall;
import io.switchboard.domains.core.TenantDomainConfig;
import io.switchboard.domains.core.TurnReply;
import io.switchboard.domains.core.pii.PiiRecognizers;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class EcommerceFlowTests {

    private static final Clock TODAY = Clock.fixed(Instant.parse("2026-06-30T12:00:00Z"), ZoneOffset.UTC);
    private static final DomainPipeline PIPELINE = new DomainPipeline(
            new EcommerceDomain(
                            new KnownOrders(List.of(
                                    new Order("784512", "delivered", Optional.of(LocalDate.parse("2026-06-20"))),
                                    new Order("100200", "delivered", Optional.of(LocalDate.parse("2026-04-01"))))),
                            TODAY)
                    .configure(TenantDomainConfig.defaults("shop", DomainKind.ECOMMERCE)
                            .withSetting("return_window_days", "30")),
            PiiRecognizers.defaults());

    private static DomainPipeline pipeline(Orders orders) {
        return new DomainPipeline(
                new EcommerceDomain(orders, TODAY).configure(TenantDomainConfig.defaults("shop", DomainKind.ECOMMERCE)),
                PiiRecognizers.defaults());
    }

    private final AtomicInteger modelCalls = new AtomicInteger();
    private final ModelCall model = (prompt, text) -> {
        modelCalls.incrementAndGet();
        return List.of("Here is how to return it.");
    };

    @Test
    void noReturnWithoutAnOrderNumber() {
        TurnReply reply = PIPELINE.reply("I want to return these shoes, they don't fit", DomainState.initial(), model);

        assertThat(reply.decision().action()).isEqualTo(Action.ASK);
        assertThat(reply.text()).contains("order number");
        assertThat(modelCalls).hasValue(0);

        TurnReply answered = PIPELINE.reply("it's 784512", reply.state(), model);
        assertThat(answered.decision().action()).isEqualTo(Action.ANSWER);
        assertThat(answered.decision().reason()).isEqualTo("return_request");
        assertThat(modelCalls).hasValue(1);
        assertThat(answered.state().pinned())
                .extracting(e -> e.type() + "=" + e.value())
                .contains("order_number=784512", "product=shoes", "return_reason=fit");
    }

    @Test
    void aReturnCollectsTheItemAndTheReasonInChinese() {
        InboundResult first = PIPELINE.inbound("我要退货，订单号784512", DomainState.initial());
        assertThat(first.decision().reason()).isEqualTo("return_item");

        InboundResult second = PIPELINE.inbound("那件外套", first.state());
        assertThat(second.decision().reason()).isEqualTo("return_reason");

        InboundResult third = PIPELINE.inbound("尺码不合适", second.state());
        assertThat(third.decision().action()).isEqualTo(Action.ANSWER);
    }

    @Test
    void aReturnOutsideTheWindowIsRefused() {
        InboundResult result =
                PIPELINE.inbound("I'd like to return the lamp from order 100200, it's broken", DomainState.initial());

        assertThat(result.decision().action()).isEqualTo(Action.REFUSE);
        assertThat(result.decision().message()).contains("30 days");
    }

    @Test
    void orderStatusAsksForTheNumber() {
        assertThat(PIPELINE.inbound("我的快递到哪了", DomainState.initial()).decision().message())
                .contains("订单号");
    }

    @Test
    void anOrderSystemThatCannotAnswerIsSaidSoHonestly() {
        DomainPipeline down = pipeline((tenant, number) -> OrderLookup.unavailable());

        TurnReply reply = down.reply("Where is my order 784512?", DomainState.initial(), model);

        assertThat(reply.decision().action()).isEqualTo(Action.ASK);
        assertThat(reply.decision().reason()).isEqualTo("order_lookup_unavailable");
        assertThat(reply.text()).contains("784512", "right now", "agent").doesNotContain("couldn't find");
        assertThat(reply.state().flow().pending()).isEqualTo("order_status");
        assertThat(modelCalls).hasValue(0);
    }

    @Test
    void aTenantWithoutAnOrderSystemHandsOrderRequestsToAHuman() {
        DomainPipeline none = pipeline(new Orders() {
            @Override
            public OrderLookup find(String tenantId, String orderNumber) {
                throw new AssertionError("no order system to ask");
            }

            @Override
            public boolean serves(String tenantId) {
                return false;
            }
        });

        InboundResult result = none.inbound("Where is my order 784512?", DomainState.initial());

        assertThat(result.decision().action()).isEqualTo(Action.HANDOFF);
        assertThat(result.decision().message()).contains("member of our team");
        assertThat(none.inbound("Do you sell rain jackets?", DomainState.initial())
                        .decision()
                        .action())
                .isEqualTo(Action.ANSWER);
    }

    @Test
    void aComplaintIsHandedToAHuman() {
        InboundResult result = PIPELINE.inbound("this is the worst service, I want to complain", DomainState.initial());

        assertThat(result.decision().action()).isEqualTo(Action.HANDOFF);
        assertThat(result.events()).isNotEmpty();
    }

    @Test
    void aTenantTeachesItsOwnIntentAndUnclearTurnsGoToTheModel() {
        var config = TenantDomainConfig.defaults("gift-shop", DomainKind.ECOMMERCE)
                .withExtraExamples(List.of(
                        new io.switchboard.domains.core.intent.IntentExample(
                                "gift_card", "how much is left on my gift card"),
                        new io.switchboard.domains.core.intent.IntentExample(
                                "gift_card", "check my gift voucher balance"),
                        new io.switchboard.domains.core.intent.IntentExample("gift_card", "礼品卡余额多少"),
                        new io.switchboard.domains.core.intent.IntentExample("gift_card", "can I use two gift cards")));
        var domains = new io.switchboard.domains.core.Domains(
                List.of(new EcommerceDomain(new KnownOrders(List.of()), TODAY)), PiiRecognizers.defaults());

        InboundResult taught =
                domains.pipeline(config).inbound("what's the balance of my gift card?", DomainState.initial());
        InboundResult unclear = domains.pipeline(config).inbound("hmm", DomainState.initial());

        assertThat(taught.intent().trusted()).isEqualTo("gift_card");
        assertThat(unclear.intent().confident()).isFalse();
        assertThat(unclear.decision().action()).isEqualTo(Action.ANSWER);
        assertThat(domains.pipeline(config)).isSameAs(domains.pipeline(config));
    }
}
