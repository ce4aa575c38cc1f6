package io.switchboard.quota;

import java.util.Locale;

/** What a plan's admissions do while Redis is unreachable (column {@code plans.fail_mode}). */
public enum FailMode {
    /** Admit through a local limiter at the plan's base rate divided by the replica count. */
    OPEN,
    /** Refuse with {@link QuotaUnavailableException}, which the edge answers with 503. */
    CLOSED;

    /** Parses the column's value, {@code open} or {@code closed}. */
    public static FailMode fromColumn(String value) {
        return switch (value.trim().toLowerCase(Locale.ROOT)) {
            case "open" -> OPEN;
            case "closed" -> CLOSED;
            default -> throw new IllegalArgumentException("fail mode must be 'open' or 'closed', not '" + value + "'");
        };
    }

    /** The column's spelling. */
    public String column() {
        return name().toLowerCase(Locale.ROOT);
    }
}
