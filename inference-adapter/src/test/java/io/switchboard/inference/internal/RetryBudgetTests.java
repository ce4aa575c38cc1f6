package io.switchboard.inference.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RetryBudgetTests {

    @Test
    void allowsTheReserveAndThenOneRetryPerFiveRequests() {
        RetryBudget budget = new RetryBudget(0.2, 3);
        int retries = 0;
        for (int request = 0; request < 1000; request++) {
            budget.requested();
            while (budget.tryRetry()) {
                retries++;
            }
        }
        assertThat(retries).isBetween(200, 203);
    }

    @Test
    void cannotSaveUpForARetryStorm() {
        RetryBudget budget = new RetryBudget(0.2, 3);
        for (int request = 0; request < 10_000; request++) {
            budget.requested();
        }
        int retries = 0;
        while (budget.tryRetry()) {
            retries++;
        }
        assertThat(retries).isEqualTo(3);
    }
}
