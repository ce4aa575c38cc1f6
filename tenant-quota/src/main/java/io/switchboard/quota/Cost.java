package io.switchboard.quota;

/**
 * The cost of a turn. A cost unit is 1,000 tokens of prompt plus completion budget, so the enforcement counts
 * whole tokens (milli-units) and never rounds a cost down.
 */
public record Cost(long tokens) {

    /** Largest cost one turn may carry (1,000 units); a bigger estimate is a caller's bug. */
    public static final long MAX_TOKENS = 1_000_000;

    public static final Cost ZERO = new Cost(0);

    public Cost {
        if (tokens < 0 || tokens > MAX_TOKENS) {
            throw new IllegalArgumentException("cost must be in [0, " + MAX_TOKENS + "] tokens, not " + tokens);
        }
    }

    public static Cost ofTokens(long tokens) {
        return new Cost(tokens);
    }

    /** A cost in units, rounded up to the next token. */
    public static Cost ofUnits(double units) {
        if (!Double.isFinite(units) || units < 0) {
            throw new IllegalArgumentException("cost must be a finite number of units >= 0, not " + units);
        }
        return new Cost((long) Math.ceil(units * 1000.0));
    }

    public double units() {
        return tokens / 1000.0;
    }
}
