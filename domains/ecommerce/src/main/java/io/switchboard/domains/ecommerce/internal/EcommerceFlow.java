package io.switchboard.domains.ecommerce.internal;

import io.switchboard.domains.core.ConfiguredDomain;
import io.switchboard.domains.core.Decision;
import io.switchboard.domains.core.DomainEvent;
import io.switchboard.domains.core.DomainState;
import io.switchboard.domains.core.Entity;
import io.switchboard.domains.core.FlowOutcome;
import io.switchboard.domains.core.InboundTurn;
import io.switchboard.domains.core.OutboundPolicy;
import io.switchboard.domains.core.TenantDomainConfig;
import io.switchboard.domains.core.intent.IntentClassifier;
import io.switchboard.domains.core.intent.IntentPrediction;
import io.switchboard.domains.core.text.Language;
import io.switchboard.domains.ecommerce.Order;
import io.switchboard.domains.ecommerce.OrderLookup;
import io.switchboard.domains.ecommerce.Orders;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The e-commerce flow: order requests need an order number; a return also needs the item and a reason and must be
 * inside the tenant's return window; complaints and requests for a person hand off to a human. An order system that
 * cannot answer now is said so (the customer may try again or ask for a person); a tenant without one hands order
 * requests to a human at once.
 */
public final class EcommerceFlow implements ConfiguredDomain {

    static final Set<String> NEEDS_ORDER =
            Set.of("order_status", "return_request", "refund_status", "cancel_order", "change_address");
    static final int DEFAULT_RETURN_WINDOW_DAYS = 30;

    private final TenantDomainConfig config;
    private final IntentClassifier classifier;
    private final Orders orders;
    private final Clock clock;
    private final List<String> catalog;

    public EcommerceFlow(TenantDomainConfig config, IntentClassifier classifier, Orders orders, Clock clock) {
        this.config = config;
        this.classifier = classifier;
        this.orders = orders;
        this.clock = clock;
        this.catalog =
                Arrays.asList(config.settings().getOrDefault("catalog", "").split(","));
    }

    @Override
    public TenantDomainConfig config() {
        return config;
    }

    @Override
    public String policy() {
        return EcommerceTexts.POLICY;
    }

    @Override
    public OutboundPolicy outboundPolicy() {
        return EcommerceTexts.OUTBOUND;
    }

    @Override
    public FlowOutcome inbound(InboundTurn turn) {
        Language language = Language.of(turn.text());
        DomainState state = turn.state();
        IntentPrediction intent = classifier.classify(turn.text());
        String trusted = intent.trusted();
        boolean expectingOrder = NEEDS_ORDER.contains(state.flow().pending());
        List<Entity> entities = EcommerceEntities.extract(turn.text(), catalog, expectingOrder);
        if (trusted.equals("complaint") || trusted.equals("human_agent")) {
            String message =
                    trusted.equals("complaint") ? EcommerceTexts.complaint(language) : EcommerceTexts.handoff(language);
            return new FlowOutcome(
                    Decision.handoff(trusted, message),
                    intent,
                    entities,
                    state.flow().pending(""),
                    List.of(),
                    List.of(new DomainEvent(DomainEvent.HANDOFF, trusted)));
        }
        String request = NEEDS_ORDER.contains(trusted) ? trusted : state.flow().pending();
        if (!NEEDS_ORDER.contains(request)) {
            return new FlowOutcome(Decision.answer(trusted), intent, entities, state.flow(), List.of(), List.of());
        }
        return collect(request, state.pin(entities), intent, entities, language);
    }

    private FlowOutcome collect(
            String request, DomainState state, IntentPrediction intent, List<Entity> entities, Language language) {
        var flow = state.flow().pending(request);
        if (!orders.serves(config.tenantId())) {
            return new FlowOutcome(
                    Decision.handoff("orders_not_offered", EcommerceTexts.noOrderAccess(language)),
                    intent,
                    entities,
                    flow.pending(""),
                    List.of(),
                    List.of(new DomainEvent(DomainEvent.HANDOFF, "orders_not_offered")));
        }
        Optional<String> number = state.latest(EcommerceEntities.ORDER);
        if (number.isEmpty()) {
            return ask("order_number", EcommerceTexts.askOrder(language), intent, entities, flow);
        }
        return switch (orders.find(config.tenantId(), number.get())) {
            case OrderLookup.Found found -> withOrder(request, state, found.order(), intent, entities, language);
            case OrderLookup.NotFound notFound ->
                ask("order_not_found", EcommerceTexts.orderNotFound(number.get(), language), intent, entities, flow);
            case OrderLookup.Unavailable unavailable ->
                new FlowOutcome(
                        Decision.ask(
                                "order_lookup_unavailable", EcommerceTexts.cannotLookUpNow(number.get(), language)),
                        intent,
                        entities,
                        flow,
                        List.of(),
                        List.of(new DomainEvent(DomainEvent.LOOKUP_UNAVAILABLE, "order")));
        };
    }

    private FlowOutcome withOrder(
            String request,
            DomainState state,
            Order order,
            IntentPrediction intent,
            List<Entity> entities,
            Language language) {
        var flow = state.flow().pending(request);
        if (request.equals("return_request")) {
            if (state.latest(EcommerceEntities.PRODUCT).isEmpty()
                    && state.latest(EcommerceEntities.SKU).isEmpty()) {
                return ask("return_item", EcommerceTexts.askItem(language), intent, entities, flow);
            }
            if (state.latest(EcommerceEntities.REASON).isEmpty()) {
                return ask("return_reason", EcommerceTexts.askReason(language), intent, entities, flow);
            }
            int window = config.intSetting("return_window_days", DEFAULT_RETURN_WINDOW_DAYS);
            LocalDate today = LocalDate.now(clock);
            if (order.deliveredOn().map(d -> d.plusDays(window).isBefore(today)).orElse(false)) {
                return new FlowOutcome(
                        Decision.refuse("outside_return_window", EcommerceTexts.outsideWindow(window, language)),
                        intent,
                        entities,
                        flow.pending(""),
                        List.of(),
                        List.of());
            }
        }
        return new FlowOutcome(
                Decision.answer(request),
                intent,
                entities,
                flow.pending(""),
                List.of("Order " + order.number() + " status: "
                        + order.status()
                        + order.deliveredOn().map(d -> ", delivered on " + d).orElse("")
                        + (request.equals("return_request")
                                ? ". The return is within the window; explain the steps."
                                : ".")),
                List.of());
    }

    private static FlowOutcome ask(
            String reason,
            String question,
            IntentPrediction intent,
            List<Entity> entities,
            io.switchboard.domains.core.FlowState flow) {
        return new FlowOutcome(Decision.ask(reason, question), intent, entities, flow, List.of(), List.of());
    }
}
