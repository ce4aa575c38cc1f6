package io.switchboard.platform.webhooks.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class BackoffTests {

    private final Backoff backoff = new Backoff(Duration.ofSeconds(10), Duration.ofMinutes(5), 2.0);

    @Test
    void delaysGrowExponentiallyUpToTheCap() {
        assertThat(backoff.ceiling(1)).isEqualTo(Duration.ofSeconds(10));
        assertThat(backoff.ceiling(2)).isEqualTo(Duration.ofSeconds(20));
        assertThat(backoff.ceiling(4)).isEqualTo(Duration.ofSeconds(80));
        assertThat(backoff.ceiling(30)).isEqualTo(Duration.ofMinutes(5));
    }

    @Test
    void jitterStaysInTheUpperHalfOfTheCeiling() {
        for (int i = 0; i < 1000; i++) {
            assertThat(backoff.after(3)).isBetween(Duration.ofSeconds(20), Duration.ofSeconds(40));
        }
    }
}
