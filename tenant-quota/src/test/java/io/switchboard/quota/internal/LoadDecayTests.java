package io.switchboard.quota.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class LoadDecayTests {

    private final LoadDecay decay = new LoadDecay(Duration.ofSeconds(10), Duration.ofSeconds(30), 0.5);

    @Test
    void aFreshValueIsUsedAsPublished() {
        assertThat(decay.effective(0.9, Duration.ofSeconds(10))).isEqualTo(0.9);
    }

    @Test
    void aStaleValueHalvesItsDistanceToTheDefaultEveryHalfLife() {
        assertThat(decay.effective(0.9, Duration.ofSeconds(40))).isCloseTo(0.7, within(1e-12));
        assertThat(decay.effective(0.1, Duration.ofSeconds(70))).isCloseTo(0.4, within(1e-12));
        assertThat(decay.effective(1.0, Duration.ofHours(1))).isCloseTo(0.5, within(1e-9));
    }

    @Test
    void noValueMeansTheDefault() {
        assertThat(decay.reading(null, Duration.ZERO).effective()).isEqualTo(0.5);
        assertThat(decay.reading(null, Duration.ZERO).stale(Duration.ofSeconds(10)))
                .isTrue();
    }
}
