package io.switchboard.quota;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class AdmissionTests {

    private final Plan pro = Plan.of("pro", 600, 300, 900, 50, FailMode.OPEN);
    private final QuotaBreakdown quota = QuotaFormula.evaluate(pro, 0, 0, 0);
    private final RateLimitStatus status = new RateLimitStatus(100, 0, 7, 10);

    @Test
    void aRefusalCarriesTheRateLimitHeadersAndRetryAfter() {
        Admission refused = new Admission(null, LimitHit.RATE, status, 2, false, quota);
        assertThat(refused.headers())
                .containsExactly(
                        Map.entry("RateLimit-Limit", "100"),
                        Map.entry("RateLimit-Remaining", "0"),
                        Map.entry("RateLimit-Reset", "7"),
                        Map.entry("RateLimit-Policy", "100;w=10"),
                        Map.entry("Retry-After", "2"));
    }

    @Test
    void anAdmissionCarriesNoRetryAfter() {
        Permit permit = new Permit("t", "pro", "l1", Cost.ofUnits(1), 600_000, false);
        Admission admitted = new Admission(permit, null, status, 0, false, quota);
        assertThat(admitted.admitted()).isTrue();
        assertThat(admitted.headers()).containsKey("RateLimit-Remaining").doesNotContainKey("Retry-After");
    }

    @Test
    void costsRoundUpToTheToken() {
        assertThat(Cost.ofUnits(1.0001).tokens()).isEqualTo(1001);
        assertThat(Cost.ofTokens(2500).units()).isEqualTo(2.5);
    }
}
