package io.switchboard.platform.wiring;

import io.switchboard.domains.core.Domains;
import io.switchboard.domains.core.pii.PiiRecognizers;
import io.switchboard.domains.ecommerce.EcommerceDomain;
import io.switchboard.domains.ecommerce.KnownOrders;
import io.switchboard.domains.ecommerce.Order;
import io.switchboard.domains.finance.FinanceDomain;
import io.switchboard.domains.finance.KnownCustomers;
import io.switchboard.domains.medical.MedicalDomain;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The three domain plugins behind one {@link Domains} registry. The tenants' CRM lookups (identity verification,
 * orders) are served by in-memory directories with a few demo records until the CRM connector lands (see
 * docs/decisions.md).
 */
@Configuration(proxyBeanMethods = false)
class DomainWiring {

    @Bean
    Domains domains() {
        var customers = new KnownCustomers(List.of(new KnownCustomers.Customer("CUST-1001", "1985-04-12", "4242")));
        var orders = new KnownOrders(List.of(
                new Order("A12345678", "shipped", Optional.empty()),
                new Order("A87654321", "delivered", Optional.of(LocalDate.now().minusDays(5)))));
        return new Domains(
                List.of(
                        new FinanceDomain(customers),
                        new EcommerceDomain(orders, Clock.systemUTC()),
                        new MedicalDomain()),
                PiiRecognizers.defaults());
    }
}
