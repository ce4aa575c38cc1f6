package io.switchboard.domains.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DomainStateTests {

    @Test
    void pinnedEntitiesStayBoundedAndKeepTheNewest() {
        DomainState state = DomainState.initial();
        for (int turn = 0; turn < 200; turn++) {
            List<Entity> found = new ArrayList<>();
            found.add(new Entity("order_number", "A" + turn));
            found.add(new Entity("type" + (turn % 40), "v" + turn));
            state = state.pin(found);
        }

        assertThat(state.pinned()).hasSizeLessThanOrEqualTo(DomainState.MAX_PINNED);
        assertThat(state.pinned().stream().filter(e -> e.type().equals("order_number")))
                .hasSizeLessThanOrEqualTo(DomainState.PER_TYPE);
        assertThat(state.latest("order_number")).contains("A199");
    }

    @Test
    void pinningTheSameFactTwiceKeepsOneCopy() {
        DomainState state =
                DomainState.initial().pin(List.of(new Entity("sku", "X-1"))).pin(List.of(new Entity("sku", "X-1")));

        assertThat(state.pinned()).containsExactly(new Entity("sku", "X-1"));
    }

    @Test
    void aDecisionOtherThanAnswerNeedsAFixedMessage() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Decision.escalate("red_flag", " "))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(Decision.answer("x").usesModel()).isTrue();
        assertThat(Decision.ask("x", "Which order?").usesModel()).isFalse();
    }
}
