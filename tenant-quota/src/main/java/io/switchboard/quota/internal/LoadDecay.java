package io.switchboard.quota.internal;

import io.switchboard.quota.LoadReading;
import java.time.Duration;
import org.jspecify.annotations.Nullable;

/** How a published load loses authority as it ages: kept while fresh, then halved towards the default. */
record LoadDecay(Duration freshFor, Duration halfLife, double staleDefault) {

    static LoadDecay of(QuotaProperties.Load load) {
        return new LoadDecay(load.freshFor(), load.halfLife(), load.staleDefault());
    }

    LoadReading reading(@Nullable Double published, Duration age) {
        return new LoadReading(published, age, effective(published, age));
    }

    double effective(@Nullable Double published, Duration age) {
        if (published == null) {
            return staleDefault;
        }
        if (age.compareTo(freshFor) <= 0) {
            return published;
        }
        double halvings = (double) age.minus(freshFor).toNanos() / halfLife.toNanos();
        return staleDefault + (published - staleDefault) * Math.pow(0.5, halvings);
    }

    /** How long Redis keeps a value nobody republishes: by then it has decayed to within 0.1% of the default. */
    Duration keyTtl() {
        return freshFor.plus(halfLife.multipliedBy(10));
    }
}
