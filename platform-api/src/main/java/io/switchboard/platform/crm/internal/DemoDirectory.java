package io.switchboard.platform.crm.internal;

import io.switchboard.domains.ecommerce.KnownOrders;
import io.switchboard.domains.ecommerce.Order;
import io.switchboard.domains.ecommerce.OrderLookup;
import io.switchboard.domains.finance.IdentityClaim;
import io.switchboard.domains.finance.KnownCustomers;
import io.switchboard.domains.finance.Verification;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The platform's built-in demo CRM, for the run command's demo tenant only: customer CUST-1001 (born 1985-04-12,
 * card ending 4242), order A12345678 (shipped) and order A87654321 (delivered five days ago).
 */
final class DemoDirectory {

    private static final KnownCustomers CUSTOMERS =
            new KnownCustomers(List.of(new KnownCustomers.Customer("CUST-1001", "1985-04-12", "4242")));

    private final Clock clock;

    DemoDirectory(Clock clock) {
        this.clock = clock;
    }

    Verification verify(IdentityClaim claim) {
        return CUSTOMERS.verify("demo", claim);
    }

    OrderLookup order(String number) {
        return new KnownOrders(List.of(
                        new Order("A12345678", "shipped", Optional.empty()),
                        new Order(
                                "A87654321",
                                "delivered",
                                Optional.of(LocalDate.now(clock).minusDays(5)))))
                .find("demo", number);
    }
}
