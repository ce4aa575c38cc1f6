package io.switchboard.quota;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** A tenant id becomes part of Redis keys: only the characters that cannot break the key layout are accepted. */
class TenantIdTests {

    @Test
    void uuidsAndTheAllowedPunctuationPass() {
        assertThat(AdmissionRequest.requireTenant("8c1f6f5e-2b7a-4d1e-9a51-0f3c2d4b5a69"))
                .isEqualTo("8c1f6f5e-2b7a-4d1e-9a51-0f3c2d4b5a69");
        assertThat(AdmissionRequest.requireTenant("Acme_eu.1:prod")).isEqualTo("Acme_eu.1:prod");
        assertThat(AdmissionRequest.requireTenant("x".repeat(128))).hasSize(128);
    }

    @Test
    void emptyTooLongOrKeyBreakingIdsAreRefused() {
        for (String bad : new String[] {"", "x".repeat(129), "a{b}", "a b", "a*", "a\nb", "租户", "a/b", "é"}) {
            assertThatThrownBy(() -> AdmissionRequest.requireTenant(bad))
                    .as(bad)
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("tenant id must be 1-128 characters");
        }
    }
}
