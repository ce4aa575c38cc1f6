package io.switchboard.platform.wiring;

import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.domains.core.ConfiguredDomain;
import io.switchboard.domains.core.DomainKind;
import io.switchboard.domains.core.DomainPlugin;
import io.switchboard.domains.core.Domains;
import io.switchboard.domains.core.TenantDomainConfig;
import io.switchboard.domains.core.pii.PiiRecognizers;
import io.switchboard.domains.ecommerce.EcommerceDomain;
import io.switchboard.domains.finance.FinanceDomain;
import io.switchboard.domains.medical.MedicalDomain;
import java.time.Clock;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DomainWarmUpTests {

    private final Map<DomainKind, Integer> built = new EnumMap<>(DomainKind.class);

    @Test
    void everyDomainIsBuiltAndRunOnceWithoutAskingACrmAndNothingIsKept() {
        Domains domains = new Domains(
                List.of(
                        counted(new FinanceDomain((tenant, claim) -> {
                            throw new AssertionError("the warm-up must not verify anyone");
                        })),
                        counted(new EcommerceDomain(
                                (tenant, order) -> {
                                    throw new AssertionError("the warm-up must not look up an order");
                                },
                                Clock.systemUTC())),
                        counted(new MedicalDomain())),
                PiiRecognizers.defaults());

        new DomainWarmUp(domains).warm();

        assertThat(built)
                .containsOnlyKeys(DomainKind.values())
                .allSatisfy((kind, times) -> assertThat(times).isEqualTo(1));
        // the warm-up tenant's pipelines were dropped: asking again builds anew
        domains.pipeline(TenantDomainConfig.defaults(DomainWarmUp.TENANT, DomainKind.MEDICAL));
        assertThat(built).containsEntry(DomainKind.MEDICAL, 2);
    }

    @Test
    void aMissingDomainIsSkipped() {
        Domains domains = new Domains(List.of(counted(new MedicalDomain())), PiiRecognizers.defaults());

        new DomainWarmUp(domains).warm();

        assertThat(built).containsExactly(Map.entry(DomainKind.MEDICAL, 1));
    }

    private DomainPlugin counted(DomainPlugin plugin) {
        return new DomainPlugin() {
            @Override
            public DomainKind kind() {
                return plugin.kind();
            }

            @Override
            public ConfiguredDomain configure(TenantDomainConfig config) {
                built.merge(plugin.kind(), 1, Integer::sum);
                return plugin.configure(config);
            }
        };
    }
}
