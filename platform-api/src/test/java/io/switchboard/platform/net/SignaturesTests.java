package io.switchboard.platform.net;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SignaturesTests {

    // computed independently: printf '1700000000.{"a":1}' | openssl dgst -sha256 -hmac <secret>
    private static final String NEW = "aecbc681fe3d2604c08ff8e880a0988d997a12367fcf9545e6a3b90c1dfc04b7";
    private static final String OLD = "54e6b3afb6d45de18b37717e24edf0a6f378c487b2c6337a150896c1069421fa";

    @Test
    void theHeaderIsTimestampThenOneHmacPerSecretNewestFirst() {
        assertThat(Signatures.header(1_700_000_000L, "{\"a\":1}", List.of("whsec_test_secret")))
                .isEqualTo("t=1700000000,v1=" + NEW);
        assertThat(Signatures.header(1_700_000_000L, "{\"a\":1}", List.of("whsec_test_secret", "whsec_old_secret")))
                .isEqualTo("t=1700000000,v1=" + NEW + ",v1=" + OLD);
    }
}
