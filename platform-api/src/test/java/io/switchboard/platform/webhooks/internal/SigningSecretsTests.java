package io.switchboard.platform.webhooks.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SigningSecretsTests {

    @Test
    void secretsAreShownWithTheirPrefixAndAreUnguessable() {
        String one = SigningSecrets.mint();
        assertThat(one).startsWith("whsec_").hasSize(6 + 43).isNotEqualTo(SigningSecrets.mint());
    }
}
