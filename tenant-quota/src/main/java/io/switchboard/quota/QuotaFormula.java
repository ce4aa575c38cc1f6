package io.switchboard.quota;

/**
 * The load-aware quota, {@code quota = base × (1 + kc·c + kh·h − kl·l)} clamped to the plan's [min, max], with
 * the coefficients of the plan (0.3, 0.15, 0.25 by default); plain arithmetic, no I/O.
 */
public final class QuotaFormula {

    private QuotaFormula() {}

    /**
     * Evaluates the formula; {@code c}, {@code h} and {@code l} outside [0, 1] (or NaN) are a caller's bug and
     * are rejected.
     */
    public static QuotaBreakdown evaluate(Plan plan, double c, double h, double l) {
        requireUnit("c", c);
        requireUnit("h", h);
        requireUnit("l", l);
        double base = plan.basePerMinute();
        double complexityTerm = base * plan.coefficientComplexity() * c;
        double historyTerm = base * plan.coefficientHistory() * h;
        double loadTerm = base * plan.coefficientLoad() * l;
        double unclamped = base + complexityTerm + historyTerm - loadTerm;
        QuotaBreakdown.Clamp clamp = QuotaBreakdown.Clamp.NONE;
        double quota = unclamped;
        if (unclamped < plan.minPerMinute()) {
            quota = plan.minPerMinute();
            clamp = QuotaBreakdown.Clamp.MIN;
        } else if (unclamped > plan.maxPerMinute()) {
            quota = plan.maxPerMinute();
            clamp = QuotaBreakdown.Clamp.MAX;
        }
        return new QuotaBreakdown(
                plan.id(), base, c, h, l, complexityTerm, historyTerm, loadTerm, unclamped, quota, clamp);
    }

    /**
     * The history score {@code h} in [0, 1]: the tenant's cost over the rolling day, log-scaled against what
     * the plan's base rate would spend in {@code referenceMinutes}: {@code ln(1 + used) / ln(1 + base × minutes)}.
     */
    public static double history(double dayUsageUnits, Plan plan, int referenceMinutes) {
        if (referenceMinutes <= 0) {
            throw new IllegalArgumentException("referenceMinutes must be positive");
        }
        if (!(dayUsageUnits > 0)) {
            return 0.0;
        }
        double reference = plan.basePerMinute() * referenceMinutes;
        return Math.min(1.0, Math.log1p(dayUsageUnits) / Math.log1p(reference));
    }

    private static void requireUnit(String name, double value) {
        if (!(value >= 0.0 && value <= 1.0)) {
            throw new IllegalArgumentException(name + " must be in [0, 1], not " + value);
        }
    }
}
