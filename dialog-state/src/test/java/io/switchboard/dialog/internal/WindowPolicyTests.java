package io.switchboard.dialog.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.switchboard.dialog.Exchange;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class WindowPolicyTests {

    private final WindowPolicy policy = new WindowPolicy(100, 4, new Summaries(512));

    private static Exchange exchange(int seq, int tokens) {
        return new Exchange(
                seq,
                "Question " + seq + ". More words here.",
                tokens / 2,
                "Reply " + seq + "! Then more.",
                tokens - tokens / 2);
    }

    @Test
    void keepsTheNewestTurnsWithinTheTurnCapAndFoldsTheRest() {
        WindowPolicy.Advance state = policy.replay(List.of(
                exchange(1, 10), exchange(2, 10), exchange(3, 10), exchange(4, 10), exchange(5, 10), exchange(6, 10)));

        assertThat(state.window()).extracting(Exchange::seq).containsExactly(3, 4, 5, 6);
        assertThat(state.summary()).isEqualTo("#1 Question 1. → Reply 1!\n#2 Question 2. → Reply 2!");
    }

    @Test
    void keepsTheNewestTurnsWithinTheTokenBudget() {
        WindowPolicy.Advance state = policy.advance(List.of(exchange(1, 40), exchange(2, 40)), "", exchange(3, 40));

        assertThat(state.window()).extracting(Exchange::seq).containsExactly(2, 3);
        assertThat(state.evicted()).isEqualTo(1);
    }

    @Test
    void theNewestTurnStaysEvenAloneOverBudget() {
        WindowPolicy.Advance state = policy.advance(List.of(exchange(1, 10)), "", exchange(2, 500));

        assertThat(state.window()).extracting(Exchange::seq).containsExactly(2);
    }

    @Test
    void theSummaryKeepsTheOpeningAndTheNewestLinesWithinItsCap() {
        List<Exchange> long_ = new ArrayList<>();
        for (int seq = 1; seq <= 300; seq++) {
            long_.add(exchange(seq, 10));
        }

        WindowPolicy.Advance state = policy.replay(long_);

        assertThat(state.summary().length()).isLessThanOrEqualTo(512);
        assertThat(state.summary()).startsWith("#1 Question 1.").endsWith("#296 Question 296. → Reply 296!");
        assertThat(policy.replay(long_)).isEqualTo(state);
    }

    @Test
    void firstSentenceIsCutAtASentenceEndOrALengthBound() {
        assertThat(Summaries.firstSentence("  Where is   my order?  It was due."))
                .isEqualTo("Where is my order?");
        assertThat(Summaries.firstSentence("我的订单在哪里？已经晚了。")).isEqualTo("我的订单在哪里？");
        assertThat(Summaries.firstSentence("x".repeat(200))).hasSize(73).endsWith("…");
        assertThat(Summaries.firstSentence("Version 2.5 is out")).isEqualTo("Version 2.5 is out");
    }

    @Test
    void unusableSettingsAreRefused() {
        assertThatThrownBy(() -> new Summaries(10)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new WindowPolicy(0, 4, new Summaries(512)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
