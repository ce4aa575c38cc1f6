package io.switchboard.quota;

/**
 * The formula evaluated term by term, so an admin or a throttled tenant can see why the quota is what it is.
 *
 * @param complexityTerm {@code base × coefficient_complexity × c}, in cost units per minute
 * @param historyTerm {@code base × coefficient_history × h}
 * @param loadTerm {@code base × coefficient_load × l} (subtracted)
 * @param unclamped {@code base + complexityTerm + historyTerm − loadTerm}
 * @param quotaPerMinute the unclamped value clamped to the plan's [min, max]
 */
public record QuotaBreakdown(
        String planId,
        double base,
        double complexity,
        double history,
        double load,
        double complexityTerm,
        double historyTerm,
        double loadTerm,
        double unclamped,
        double quotaPerMinute,
        Clamp clamp) {

    /** Which bound of the plan, if any, decided the quota. */
    public enum Clamp {
        NONE,
        MIN,
        MAX
    }
}
