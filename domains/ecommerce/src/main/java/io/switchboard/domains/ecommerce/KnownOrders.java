package io.switchboard.domains.ecommerce;

import java.util.List;

/** A fixed list of orders standing in for a tenant's order system, for tests and demos. */
public final class KnownOrders implements Orders {

    private final List<Order> orders;

    public KnownOrders(List<Order> orders) {
        this.orders = List.copyOf(orders);
    }

    @Override
    public OrderLookup find(String tenantId, String orderNumber) {
        return orders.stream()
                .filter(o -> o.number().equalsIgnoreCase(orderNumber))
                .findFirst()
                .map(OrderLookup::found)
                .orElseGet(OrderLookup::notFound);
    }
}
