package io.switchboard.quota;

import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * The pool load {@code l} as every replica sees it: the last published value, its age on Redis's clock, and
 * the value the formula uses after staleness decay.
 *
 * @param published the last published load; null if none was ever published (or it expired)
 * @param age how long ago it was published, by Redis time
 * @param effective the load used by the formula, in [0, 1]
 */
public record LoadReading(@Nullable Double published, Duration age, double effective) {

    public boolean stale(Duration freshFor) {
        return published == null || age.compareTo(freshFor) > 0;
    }
}
