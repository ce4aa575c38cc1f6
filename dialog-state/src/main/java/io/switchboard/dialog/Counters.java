package io.switchboard.dialog;

/** Running totals of a conversation, carried in its state so the quota can read complexity without a query. */
public record Counters(int turns, long promptTokens, long completionTokens) {

    public static final Counters ZERO = new Counters(0, 0, 0);

    public Counters plus(Turn turn) {
        return new Counters(
                turns + 1,
                promptTokens + turn.promptTokens(),
                completionTokens + turn.reply().tokens());
    }
}
