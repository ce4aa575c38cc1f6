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

    @Test
    void opensAfterThreeFailuresInARowForThatTenantOnly() {
        breakers.failed(tenant);
        breakers.failed(tenant);
        assertThat(breakers.allow(tenant)).isTrue();
        breakers.failed(tenant);

        assertThat(breakers.allow(tenant)).isFalse();
        assertThat(breakers.allow(UUID.randomUUID())).isTrue();
    }

    @Test
    void anAnswerInBetweenStartsTheCountAgain() {
        breakers.failed(tenant);
        breakers.failed(tenant);
        breakers.succeeded(tenant);
        breakers.failed(tenant);
        breakers.failed(tenant);

        assertThat(breakers.allow(tenant)).isTrue();
    }

    @Test
    void afterItsRestOneTrialGoesThroughAndItsAnswerDecides() {
        openIt();
        now.addAndGet(Duration.ofSeconds(29).toNanos());
        assertThat(breakers.allow(tenant)).isFalse();

        now.addAndGet(Duration.ofSeconds(2).toNanos());
        assertThat(breakers.allow(tenant)).as("the trial").isTrue();
        assertThat(breakers.allow(tenant)).as("others while the trial runs").isFalse();

        breakers.failed(tenant);
        assertThat(breakers.allow(tenant)).as("a failed trial rests it again").isFalse();
        now.addAndGet(Duration.ofSeconds(31).toNanos());
        assertThat(breakers.allow(tenant)).isTrue();
        breakers.succeeded(tenant);
        assertThat(breakers.allow(tenant)).isTrue();
        assertThat(breakers.allow(tenant)).as("closed: every call goes through").isTrue();
    }

    private void openIt() {
        for (int i = 0; i < 3; i++) {
            breakers.failed(tenant);
        }
        assertThat(breakers.allow(tenant)).isFalse();
    }
}
