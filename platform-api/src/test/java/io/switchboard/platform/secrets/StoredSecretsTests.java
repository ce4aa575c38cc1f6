package io.switchboard.platform.secrets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class StoredSecretsTests {

    private static final String KEY = randomKey();
    private final StoredSecrets secrets = new StoredSecrets(KEY);

    @Test
    void aSealedSecretOpensOnItsOwnRowOnly() {
        String stored = secrets.seal("crm-shared-secret", "row A");

        assertThat(stored).startsWith("sb1.").doesNotContain("crm-shared-secret");
        assertThat(secrets.open(stored, "row A")).isEqualTo("crm-shared-secret");
        assertThatThrownBy(() -> secrets.open(stored, "row B"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("moved from another row");
    }

    @Test
    void theSameSecretSealsDifferentlyEachTime() {
        assertThat(secrets.seal("s", "row")).isNotEqualTo(secrets.seal("s", "row"));
    }

    @Test
    void anAlteredValueOrAnotherKeyDoesNotOpen() {
        String stored = secrets.seal("whsec_abc", "row");
        int at = "sb1.".length() + 20; // inside the nonce
        String altered = stored.substring(0, at) + (stored.charAt(at) == 'A' ? 'B' : 'A') + stored.substring(at + 1);

        assertThatThrownBy(() -> secrets.open(altered, "row")).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> new StoredSecrets(randomKey()).open(stored, "row"))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> secrets.open("whsec_in_clear", "row"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("not sealed");
        assertThatThrownBy(() -> secrets.open("sb1.AAAA", "row")).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void thePlatformDoesNotStartWithoutAProperKey() {
        for (String bad : new String[] {"", "not base64!", Base64.getEncoder().encodeToString(new byte[16])}) {
            assertThatThrownBy(() -> new StoredSecrets(bad))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("SWITCHBOARD_SECRETS_KEY");
        }
    }

    private static String randomKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }
}
