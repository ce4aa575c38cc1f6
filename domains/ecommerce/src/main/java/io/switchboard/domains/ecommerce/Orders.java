package io.switchboard.domains.ecommerce;

import java.util.Optional;

/** The port to a tenant's order system, used to check a return window and to ground order answers. */
@FunctionalInterface
public interface Orders {

    Optional<Order> find(String tenantId, String orderNumber);
}
