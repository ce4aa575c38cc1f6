package io.switchboard.dialog;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A conversation's state as loaded: the recent turns that fit the token budget, a running summary of older
 * ones, the domain state, counters, and the version an {@link Dialogs#append} must find to succeed.
 *
 * @param version the version in Redis; 0 when Redis holds nothing yet (new, rebuilt or lost state)
 * @param turn the token of the turn {@link Dialogs#begin} took, which {@link Dialogs#append} or {@link
 *     Dialogs#release} ends; {@code null} when loaded without taking the turn
 */
public record Dialog(
        ConversationKey key,
        long version,
        Origin origin,
        List<Exchange> window,
        String summary,
        DomainState domainState,
        Counters counters,
        @Nullable String turn) {

    public Dialog {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(origin, "origin");
        window = List.copyOf(window);
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(domainState, "domainState");
        Objects.requireNonNull(counters, "counters");
    }

    public static Dialog empty(ConversationKey key) {
        return new Dialog(key, 0, Origin.NEW, List.of(), "", DomainState.EMPTY, Counters.ZERO, null);
    }

    /** The number the next turn must carry. */
    public int nextSeq() {
        return counters.turns() + 1;
    }
}
