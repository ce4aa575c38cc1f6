package io.switchboard.quota;

/**
 * A tenant's plan, one row of the {@code plans} table: the quota formula's base, bounds and coefficients (cost
 * units per minute), the burst window, the concurrent-stream limit and the fail mode.
 *
 * @param burstSeconds how many seconds of the quota a tenant may spend at once (the bucket's capacity)
 */
public record Plan(
        String id,
        String displayName,
        double basePerMinute,
        double minPerMinute,
        double maxPerMinute,
        double coefficientComplexity,
        double coefficientHistory,
        double coefficientLoad,
        int burstSeconds,
        int maxConcurrentStreams,
        FailMode failMode) {

    public Plan {
        if (id.isBlank()) {
            throw new IllegalArgumentException("plan id must not be blank");
        }
        requirePositive("base_per_minute", basePerMinute);
        requirePositive("min_per_minute", minPerMinute);
        requirePositive("max_per_minute", maxPerMinute);
        if (minPerMinute > maxPerMinute) {
            throw new IllegalArgumentException(
                    "plan " + id + ": min_per_minute " + minPerMinute + " exceeds max_per_minute " + maxPerMinute);
        }
        requireCoefficient("coefficient_complexity", coefficientComplexity);
        requireCoefficient("coefficient_history", coefficientHistory);
        requireCoefficient("coefficient_load", coefficientLoad);
        if (burstSeconds <= 0 || burstSeconds > 3600) {
            throw new IllegalArgumentException("plan " + id + ": burst_seconds must be in [1, 3600]");
        }
        if (maxConcurrentStreams <= 0) {
            throw new IllegalArgumentException("plan " + id + ": max_concurrent_streams must be positive");
        }
    }

    /** A plan with the formula's default coefficients (0.3, 0.15, 0.25) and a 10-second burst. */
    public static Plan of(String id, double base, double min, double max, int maxConcurrentStreams, FailMode mode) {
        return new Plan(id, id, base, min, max, 0.3, 0.15, 0.25, 10, maxConcurrentStreams, mode);
    }

    private static void requirePositive(String column, double value) {
        if (!(value > 0) || !Double.isFinite(value)) {
            throw new IllegalArgumentException(column + " must be a positive finite number, not " + value);
        }
    }

    private static void requireCoefficient(String column, double value) {
        if (!(value >= 0) || !Double.isFinite(value)) {
            throw new IllegalArgumentException(column + " must be a finite number >= 0, not " + value);
        }
    }
}
