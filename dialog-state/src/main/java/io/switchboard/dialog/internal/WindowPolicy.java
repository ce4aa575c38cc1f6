package io.switchboard.dialog.internal;

import io.switchboard.dialog.Exchange;
import java.util.ArrayList;
import java.util.List;

/**
 * Keeps the most recent turns that fit a token budget (and a turn cap), folding the ones that fall out into the
 * running summary; the newest turn always stays, even alone over budget.
 */
final class WindowPolicy {

    private final int maxTokens;
    private final int maxTurns;
    private final Summaries summaries;

    WindowPolicy(int maxTokens, int maxTurns, Summaries summaries) {
        if (maxTokens < 1 || maxTurns < 1) {
            throw new IllegalArgumentException("window budget and turn cap must be positive");
        }
        this.maxTokens = maxTokens;
        this.maxTurns = maxTurns;
        this.summaries = summaries;
    }

    /** The window after {@code next}: which turns remain, how many left from the head, the new summary. */
    Advance advance(List<Exchange> window, String summary, Exchange next) {
        List<Exchange> kept = new ArrayList<>(window);
        kept.add(next);
        int tokens = kept.stream().mapToInt(Exchange::tokens).sum();
        int evicted = 0;
        String folded = summary;
        while (kept.size() > 1 && (kept.size() > maxTurns || tokens > maxTokens)) {
            Exchange oldest = kept.removeFirst();
            tokens -= oldest.tokens();
            folded = summaries.fold(folded, oldest);
            evicted++;
        }
        return new Advance(List.copyOf(kept), evicted, folded);
    }

    /** Replays a whole transcript through the policy, giving exactly the window and summary of the live path. */
    Advance replay(List<Exchange> transcript) {
        Advance state = new Advance(List.of(), 0, "");
        for (Exchange exchange : transcript) {
            state = advance(state.window(), state.summary(), exchange);
        }
        return state;
    }

    record Advance(List<Exchange> window, int evicted, String summary) {}
}
