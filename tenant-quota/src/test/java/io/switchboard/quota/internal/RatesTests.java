package io.switchboard.quota.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.quota.FailMode;
import io.switchboard.quota.Plan;
import io.switchboard.quota.QuotaFormula;
import io.switchboard.quota.RateLimitStatus;
import org.junit.jupiter.api.Test;

class RatesTests {

    @Test
    void aFullBucketHoldsTheBurstOfTheQuota() {
        long perMinute =
                Rates.tokensPerMinute(QuotaFormula.evaluate(Plan.of("pro", 600, 300, 900, 50, FailMode.OPEN), 0, 0, 0));
        assertThat(perMinute).isEqualTo(600_000);
        assertThat(Rates.capacityTokens(perMinute, 10)).isEqualTo(100_000);
        assertThat(Rates.status(perMinute, 10, 0)).isEqualTo(new RateLimitStatus(100, 100, 0, 10));
    }

    @Test
    void aBacklogLowersWhatRemainsAndDelaysTheReset() {
        // 600 units a minute = 10 units a second; 2.5 s of backlog = 25 units spent
        assertThat(Rates.status(600_000, 10, 2_500_000)).isEqualTo(new RateLimitStatus(100, 75, 3, 10));
    }

    @Test
    void debtBeyondTheBurstRemainsZeroNotNegative() {
        assertThat(Rates.status(600_000, 10, 14_000_000).remaining()).isZero();
        assertThat(Rates.status(600_000, 10, 14_000_000).resetSeconds()).isEqualTo(14);
    }
}
