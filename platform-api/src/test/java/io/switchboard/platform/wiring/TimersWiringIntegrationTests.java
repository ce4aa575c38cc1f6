package io.switchboard.platform.wiring;

import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.inference.ChatCompletions;
import io.switchboard.platform.support.PlatformIntegrationTest;
import io.switchboard.quota.Quotas;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import reactor.core.scheduler.Scheduler;

/** The quota and inference modules find the platform's timing wheel by the names they look it up by. */
class TimersWiringIntegrationTests extends PlatformIntegrationTest {

    @Autowired
    @Qualifier(Quotas.TIMERS_BEAN)
    Scheduler quotaTimers;

    @Autowired
    @Qualifier(ChatCompletions.TIMERS_BEAN)
    Scheduler streamTimers;

    @Test
    void theTurnPathsTimeoutsRunOnTheWheel() {
        assertThat(quotaTimers).isInstanceOf(WheelTimers.class);
        assertThat(streamTimers).isSameAs(quotaTimers);
    }
}
