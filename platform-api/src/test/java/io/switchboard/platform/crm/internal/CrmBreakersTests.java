package io.switchboard.platform.crm.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class CrmBreakersTests {

    private final AtomicLong now = new AtomicLong(1_000);
    private final CrmBreakers breakers = new CrmBreakers(3, Duration.ofSeconds(30), now::get);
    private final UUID tenant = UUID.randomUUID();
    private final String crm = "https://crm.example.com/crm/switchboard/v1/orders/lookup";

    @Test
    void opensAfterThreeFailuresInARowForThatTenantAndAddressOnly() {
        breakers.failed(tenant, crm);
        breakers.failed(tenant, crm);
        assertThat(breakers.allow(tenant, crm)).isTrue();
        breakers.failed(tenant, crm);

        assertThat(breakers.allow(tenant, crm)).isFalse();
        assertThat(breakers.allow(UUID.randomUUID(), crm)).as("another tenant").isTrue();
        assertThat(breakers.allow(tenant, "https://new-crm.example.com/crm/switchboard/v1/orders/lookup"))
                .as("the tenant's CRM at a new address")
                .isTrue();
    }

    @Test
    void anAnswerInBetweenStartsTheCountAgain() {
        breakers.failed(tenant, crm);
        breakers.failed(tenant, crm);
        breakers.succeeded(tenant, crm);
        breakers.failed(tenant, crm);
        breakers.failed(tenant, crm);

        assertThat(breakers.allow(tenant, crm)).isTrue();
    }

    @Test
    void afterItsRestOneTrialGoesThroughAndItsAnswerDecides() {
        openIt();
        now.addAndGet(Duration.ofSeconds(29).toNanos());
        assertThat(breakers.allow(tenant, crm)).isFalse();

        now.addAndGet(Duration.ofSeconds(2).toNanos());
        assertThat(breakers.allow(tenant, crm)).as("the trial").isTrue();
        assertThat(breakers.allow(tenant, crm))
                .as("others while the trial runs")
                .isFalse();

        breakers.failed(tenant, crm);
        assertThat(breakers.allow(tenant, crm))
                .as("a failed trial rests it again")
                .isFalse();
        now.addAndGet(Duration.ofSeconds(31).toNanos());
        assertThat(breakers.allow(tenant, crm)).isTrue();
        breakers.succeeded(tenant, crm);
        assertThat(breakers.allow(tenant, crm)).isTrue();
        assertThat(breakers.allow(tenant, crm))
                .as("closed: every call goes through")
                .isTrue();
    }

    private void openIt() {
        for (int i = 0; i < 3; i++) {
            breakers.failed(tenant, crm);
        }
        assertThat(breakers.allow(tenant, crm)).isFalse();
    }
}
