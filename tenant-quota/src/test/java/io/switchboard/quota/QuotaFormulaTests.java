package io.switchboard.quota;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;

class QuotaFormulaTests {

    @Property
    void quotaStaysWithinThePlansBounds(
            @ForAll("plans") Plan plan,
            @ForAll @DoubleRange(min = 0, max = 1) double c,
            @ForAll @DoubleRange(min = 0, max = 1) double h,
            @ForAll @DoubleRange(min = 0, max = 1) double l) {
        QuotaBreakdown q = QuotaFormula.evaluate(plan, c, h, l);
        assertThat(q.quotaPerMinute()).isBetween(plan.minPerMinute(), plan.maxPerMinute());
    }

    @Property
    void moreComplexityOrHistoryNeverLowersTheQuota(
            @ForAll("plans") Plan plan,
            @ForAll @DoubleRange(min = 0, max = 1) double a,
            @ForAll @DoubleRange(min = 0, max = 1) double b,
            @ForAll @DoubleRange(min = 0, max = 1) double other,
            @ForAll @DoubleRange(min = 0, max = 1) double l) {
        double lo = Math.min(a, b);
        double hi = Math.max(a, b);
        assertThat(QuotaFormula.evaluate(plan, hi, other, l).quotaPerMinute())
                .isGreaterThanOrEqualTo(
                        QuotaFormula.evaluate(plan, lo, other, l).quotaPerMinute());
        assertThat(QuotaFormula.evaluate(plan, other, hi, l).quotaPerMinute())
                .isGreaterThanOrEqualTo(
                        QuotaFormula.evaluate(plan, other, lo, l).quotaPerMinute());
    }

    @Property
    void moreLoadNeverRaisesTheQuota(
            @ForAll("plans") Plan plan,
            @ForAll @DoubleRange(min = 0, max = 1) double c,
            @ForAll @DoubleRange(min = 0, max = 1) double h,
            @ForAll @DoubleRange(min = 0, max = 1) double a,
            @ForAll @DoubleRange(min = 0, max = 1) double b) {
        assertThat(QuotaFormula.evaluate(plan, c, h, Math.max(a, b)).quotaPerMinute())
                .isLessThanOrEqualTo(
                        QuotaFormula.evaluate(plan, c, h, Math.min(a, b)).quotaPerMinute());
    }

    @Property
    void theTermsAddUpToTheUnclampedQuota(
            @ForAll("plans") Plan plan,
            @ForAll @DoubleRange(min = 0, max = 1) double c,
            @ForAll @DoubleRange(min = 0, max = 1) double h,
            @ForAll @DoubleRange(min = 0, max = 1) double l) {
        QuotaBreakdown q = QuotaFormula.evaluate(plan, c, h, l);
        double expected = plan.basePerMinute()
                * (1 + plan.coefficientComplexity() * c + plan.coefficientHistory() * h - plan.coefficientLoad() * l);
        assertThat(q.unclamped()).isCloseTo(expected, within(1e-9 * Math.abs(expected) + 1e-12));
        assertThat(q.base() + q.complexityTerm() + q.historyTerm() - q.loadTerm())
                .isCloseTo(q.unclamped(), within(1e-9 * Math.abs(q.unclamped()) + 1e-12));
        QuotaBreakdown.Clamp expectedClamp = q.unclamped() < plan.minPerMinute()
                ? QuotaBreakdown.Clamp.MIN
                : q.unclamped() > plan.maxPerMinute() ? QuotaBreakdown.Clamp.MAX : QuotaBreakdown.Clamp.NONE;
        assertThat(q.clamp()).isEqualTo(expectedClamp);
    }

    @Property
    void complexityIsAMonotoneScoreInTheUnitInterval(
            @ForAll @IntRange(min = 0, max = 500) int turns,
            @ForAll @IntRange(min = 0, max = 100) int entities,
            @ForAll @IntRange(min = 0, max = 200_000) int tokens,
            @ForAll boolean flow,
            @ForAll @IntRange(min = 0, max = 50) int more) {
        var snapshot = new ConversationSnapshot(turns, entities, tokens, flow);
        double c = snapshot.complexity();
        assertThat(c).isBetween(0.0, 1.0);
        assertThat(new ConversationSnapshot(turns + more, entities, tokens, flow).complexity())
                .isGreaterThanOrEqualTo(c);
        assertThat(new ConversationSnapshot(turns, entities + more, tokens, flow).complexity())
                .isGreaterThanOrEqualTo(c);
        assertThat(new ConversationSnapshot(turns, entities, tokens + more * 100, flow).complexity())
                .isGreaterThanOrEqualTo(c);
        assertThat(new ConversationSnapshot(turns, entities, tokens, true).complexity())
                .isGreaterThanOrEqualTo(c);
    }

    @Property
    void historyIsAMonotoneScoreInTheUnitInterval(
            @ForAll("plans") Plan plan,
            @ForAll @DoubleRange(min = 0, max = 1e9) double used,
            @ForAll @DoubleRange(min = 0, max = 1e6) double more) {
        double h = QuotaFormula.history(used, plan, 1440);
        assertThat(h).isBetween(0.0, 1.0);
        assertThat(QuotaFormula.history(used + more, plan, 1440)).isGreaterThanOrEqualTo(h);
    }

    @Example
    void theSeedsCoefficientsReadAsSharesOfTheBase() {
        Plan pro = Plan.of("pro", 600, 300, 900, 50, FailMode.OPEN);
        QuotaBreakdown q = QuotaFormula.evaluate(pro, 1.0, 1.0, 0.0);
        assertThat(q.quotaPerMinute()).isCloseTo(600 * 1.45, within(1e-9));
        assertThat(q.clamp()).isEqualTo(QuotaBreakdown.Clamp.NONE);
        assertThat(QuotaFormula.evaluate(pro, 0, 0, 1).quotaPerMinute()).isCloseTo(450, within(1e-9));
        Plan free = Plan.of("free", 10, 5, 12, 2, FailMode.CLOSED);
        assertThat(QuotaFormula.evaluate(free, 1, 1, 0).clamp()).isEqualTo(QuotaBreakdown.Clamp.MAX);
    }

    @Example
    void historyReachesOneAtTheReferenceUsage() {
        Plan pro = Plan.of("pro", 600, 300, 900, 50, FailMode.OPEN);
        assertThat(QuotaFormula.history(0, pro, 1440)).isZero();
        assertThat(QuotaFormula.history(600 * 1440, pro, 1440)).isCloseTo(1.0, within(1e-12));
        assertThat(QuotaFormula.history(600 * 14.4, pro, 1440))
                .as("1% of the reference already scores two thirds: log scale")
                .isBetween(0.6, 0.7);
    }

    @Example
    void inputsOutsideTheUnitIntervalAreRejected() {
        Plan pro = Plan.of("pro", 600, 300, 900, 50, FailMode.OPEN);
        assertThatThrownBy(() -> QuotaFormula.evaluate(pro, 1.5, 0, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> QuotaFormula.evaluate(pro, 0, Double.NaN, 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Plan.of("bad", 10, 20, 15, 1, FailMode.OPEN))
                .hasMessageContaining("exceeds max_per_minute");
    }

    @Provide
    Arbitrary<Plan> plans() {
        Arbitrary<Double> base = Arbitraries.doubles().between(0.01, 100_000);
        Arbitrary<Double> lowShare = Arbitraries.doubles().between(0.01, 1.0);
        Arbitrary<Double> highShare = Arbitraries.doubles().between(1.0, 3.0);
        Arbitrary<Double> coefficient = Arbitraries.doubles().between(0, 2);
        return Combinators.combine(base, lowShare, highShare, coefficient, coefficient, coefficient)
                .as((b, lo, hi, kc, kh, kl) -> new Plan("p", "P", b, b * lo, b * hi, kc, kh, kl, 10, 5, FailMode.OPEN));
    }
}
