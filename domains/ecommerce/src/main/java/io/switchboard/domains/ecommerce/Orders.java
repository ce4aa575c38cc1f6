package io.switchboard.domains.ecommerce;

/**
 * The port to a tenant's order system, used to check a return window and to ground order answers. Implementations
 * answer {@link OrderLookup#unavailable()} rather than throw when the system cannot be asked.
 */
@FunctionalInterface
public interface Orders {

    OrderLookup find(String tenantId, String orderNumber);

    /**
     * Whether this tenant's orders can be looked up at all (the tenant has connected its order system). When not, the
     * flow hands order requests to a human instead of collecting facts it could not check.
     */
    default boolean serves(String tenantId) {
        return true;
    }
}
