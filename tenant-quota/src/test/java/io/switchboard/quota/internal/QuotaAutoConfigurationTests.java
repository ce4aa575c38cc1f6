package io.switchboard.quota.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.quota.Quotas;
import io.switchboard.quota.SystemLoad;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class QuotaAutoConfigurationTests {

    private final ApplicationContextRunner runner =
            new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(QuotaAutoConfiguration.class));

    @Test
    void dependingOnTheModuleGivesQuotasAndTheLoadSignalWithDefaults() {
        runner.run(context -> {
            assertThat(context).hasSingleBean(Quotas.class).hasSingleBean(SystemLoad.class);
            QuotaProperties properties = context.getBean(QuotaProperties.class);
            assertThat(properties.keyPrefix()).isEqualTo("sb:quota");
            assertThat(properties.redisTimeout()).isEqualTo(Duration.ofMillis(250));
            assertThat(properties.leaseTtl()).isEqualTo(Duration.ofSeconds(30));
            assertThat(properties.load().staleDefault()).isEqualTo(0.5);
        });
    }

    @Test
    void propertiesBindFromConfiguration() {
        runner.withPropertyValues(
                        "switchboard.quota.key-prefix=acme:q",
                        "switchboard.quota.lease-ttl=1m",
                        "switchboard.quota.replicas=3",
                        "switchboard.quota.load.half-life=5s")
                .run(context -> {
                    QuotaProperties properties = context.getBean(QuotaProperties.class);
                    assertThat(properties.keyPrefix()).isEqualTo("acme:q");
                    assertThat(properties.leaseTtl()).isEqualTo(Duration.ofMinutes(1));
                    assertThat(properties.replicas()).isEqualTo(3);
                    assertThat(properties.load().halfLife()).isEqualTo(Duration.ofSeconds(5));
                });
    }

    @Test
    void aBadValueStopsTheStartUpWithAClearMessage() {
        runner.withPropertyValues("switchboard.quota.lease-renew-every=20s")
                .run(context -> assertThat(context)
                        .hasFailed()
                        .getFailure()
                        .rootCause()
                        .hasMessageContaining("lease-renew-every must be at most half of lease-ttl"));
        runner.withPropertyValues("switchboard.quota.load.stale-default=2")
                .run(context -> assertThat(context).hasFailed());
        runner.withPropertyValues("switchboard.quota.key-prefix={x}")
                .run(context -> assertThat(context).hasFailed());
    }
}
