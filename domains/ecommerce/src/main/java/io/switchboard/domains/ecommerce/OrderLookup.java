package io.switchboard.domains.ecommerce;

/**
 * What the tenant's order system answered about an order number: the order, no such order, or no answer now (the
 * system is down, slow or answered nonsense), which says nothing about the order.
 */
public sealed interface OrderLookup {

    static OrderLookup found(Order order) {
        return new Found(order);
    }

    static OrderLookup notFound() {
        return new NotFound();
    }

    static OrderLookup unavailable() {
        return new Unavailable();
    }

    /** The order exists. */
    record Found(Order order) implements OrderLookup {}

    /** The order system knows no such order. */
    record NotFound() implements OrderLookup {}

    /** The order system could not be asked now. */
    record Unavailable() implements OrderLookup {}
}
