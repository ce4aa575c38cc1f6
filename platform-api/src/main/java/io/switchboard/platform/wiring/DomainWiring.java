package io.switchboard.platform.wiring;

import io.switchboard.domains.core.Domains;
import io.switchboard.domains.core.pii.PiiRecognizers;
import io.switchboard.domains.ecommerce.EcommerceDomain;
import io.switchboard.domains.ecommerce.Orders;
import io.switchboard.domains.finance.FinanceDomain;
import io.switchboard.domains.finance.IdentityVerifier;
import io.switchboard.domains.medical.MedicalDomain;
import java.time.Clock;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The three domain plugins behind one {@link Domains} registry. Identity verification and order lookups go to each
 * tenant's CRM integration (the crm module serves both ports; docs/crm.md).
 */
@Configuration(proxyBeanMethods = false)
class DomainWiring {

    @Bean
    Domains domains(IdentityVerifier verifier, Orders orders) {
        return new Domains(
                List.of(
                        new FinanceDomain(verifier),
                        new EcommerceDomain(orders, Clock.systemUTC()),
                        new MedicalDomain()),
                PiiRecognizers.defaults());
    }
}
