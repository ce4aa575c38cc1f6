package io.switchboard.domains.core.pii;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.Test;

class PiiRecognizersTests {

    private static final String TEXT = "Mail bob@example.com, card 4111 1111 1111 1111, login from 10.0.0.1";

    @Test
    void aPolicyCanRecognizeFewerTypes() {
        PiiRecognizers cardsOnly = PiiRecognizers.of(Set.of(PiiType.PAYMENT_CARD));

        assertThat(cardsOnly.find(TEXT)).extracting(PiiMatch::type).containsExactly(PiiType.PAYMENT_CARD);
        assertThat(PiiRecognizers.defaults().find(TEXT))
                .extracting(PiiMatch::type)
                .containsExactly(PiiType.EMAIL, PiiType.PAYMENT_CARD, PiiType.IP_ADDRESS);
    }

    @Test
    void aHigherThresholdKeepsOnlyTheSurerMatches() {
        String text = "my number is 4155550123, ssn 467 77 4295";

        assertThat(PiiRecognizers.defaults().find(text)).hasSize(2);
        assertThat(PiiRecognizers.defaults().withThreshold(0.9).find(text)).isEmpty();
    }

    @Test
    void matchesComeInTextOrderWithoutOverlaps() {
        assertThat(PiiRecognizers.defaults().find(TEXT))
                .isSortedAccordingTo((a, b) -> Integer.compare(a.start(), b.start()))
                .allSatisfy(m -> assertThat(m.confidence()).isBetween(0.5, 1.0));
    }

    @Test
    void badSettingsAreRefused() {
        assertThatThrownBy(() -> PiiRecognizers.of(Set.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PiiRecognizers.defaults().withThreshold(0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PiiRecognizers.defaults().withThreshold(1.5))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
