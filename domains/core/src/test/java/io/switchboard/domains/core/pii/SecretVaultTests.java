package io.switchboard.domains.core.pii;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SecretVaultTests {

    private static final byte[] MASTER_KEY = "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.US_ASCII);

    private final MutableClock clock = new MutableClock();
    private final RecordingStorage storage = new RecordingStorage(VaultStorage.inMemory(clock));
    private final SecretVault vault = SecretVault.encrypted(storage, MASTER_KEY, Duration.ofMinutes(30));

    private final Redaction redaction = new Redactor(PiiRecognizers.defaults())
            .redact("Card 4111 1111 1111 1111, mail bob@example.com", PlaceholderBook.newConversation());

    @Test
    void aFlowCanRevealWhatAPlaceholderStandsFor() {
        vault.keep("t1:c1", redaction.values());

        assertThat(vault.reveal("t1:c1", "[PAYMENT_CARD_1]"))
                .get()
                .extracting(RedactedValue::type, RedactedValue::original)
                .containsExactly(PiiType.PAYMENT_CARD, "4111 1111 1111 1111");
        assertThat(vault.reveal("t1:c1", "[PAYMENT_CARD_1]").orElseThrow().masked())
                .isEqualTo("411111******1111");
        assertThat(vault.reveal("t1:c1", "[EMAIL_2]")).isEmpty();
        assertThat(vault.reveal("t1:other", "[PAYMENT_CARD_1]")).isEmpty();
    }

    @Test
    void theStorageSeesOnlyCiphertext() {
        vault.keep("t1:c1", redaction.values());

        assertThat(storage.written).isNotEmpty().allSatisfy(bytes -> {
            String asText = new String(bytes, StandardCharsets.ISO_8859_1);
            assertThat(asText).doesNotContain("4111").doesNotContain("bob@example.com");
        });
    }

    @Test
    void secretsExpireWithTheConversationsTimeToLive() {
        vault.keep("t1:c1", redaction.values());
        clock.advance(Duration.ofMinutes(29));
        assertThat(vault.reveal("t1:c1", "[EMAIL_1]")).isPresent();

        clock.advance(Duration.ofMinutes(2));
        assertThat(vault.reveal("t1:c1", "[EMAIL_1]")).isEmpty();
    }

    @Test
    void keepingAgainRestartsTheTimeToLive() {
        vault.keep("t1:c1", redaction.values());
        clock.advance(Duration.ofMinutes(20));
        vault.keep("t1:c1", List.of(redaction.values().getFirst()));
        clock.advance(Duration.ofMinutes(20));

        assertThat(vault.reveal("t1:c1", "[EMAIL_1]")).isPresent();
    }

    @Test
    void forgettingAConversationErasesItsSecrets() {
        vault.keep("t1:c1", redaction.values());
        vault.keep("t1:c2", redaction.values());

        vault.forget("t1:c1");

        assertThat(vault.reveal("t1:c1", "[PAYMENT_CARD_1]")).isEmpty();
        assertThat(vault.reveal("t1:c2", "[PAYMENT_CARD_1]")).isPresent();
    }

    @Test
    void ciphertextMovedToAnotherPlaceholderOrAlteredDoesNotOpen() {
        vault.keep("t1:c1", redaction.values());
        byte[] card = storage.get("t1:c1", "v:[PAYMENT_CARD_1]").orElseThrow();
        storage.put("t1:c1", "v:[EMAIL_1]", card, Duration.ofMinutes(30));

        assertThatThrownBy(() -> vault.reveal("t1:c1", "[EMAIL_1]")).isInstanceOf(SecretVaultException.class);

        byte[] altered = card.clone();
        altered[altered.length - 1] ^= 1;
        storage.put("t1:c1", "v:[PAYMENT_CARD_1]", altered, Duration.ofMinutes(30));
        assertThatThrownBy(() -> vault.reveal("t1:c1", "[PAYMENT_CARD_1]"))
                .isInstanceOf(SecretVaultException.class)
                .satisfies(
                        e -> assertThat(((SecretVaultException) e).retryable()).isFalse());
    }

    @Test
    void anotherMasterKeyCannotOpenTheSecrets() {
        vault.keep("t1:c1", redaction.values());
        byte[] otherKey = Arrays.copyOf(MASTER_KEY, 32);
        otherKey[0] ^= 1;
        SecretVault other = SecretVault.encrypted(storage, otherKey, Duration.ofMinutes(30));

        assertThatThrownBy(() -> other.reveal("t1:c1", "[EMAIL_1]")).isInstanceOf(SecretVaultException.class);
    }

    @Test
    void badSettingsAreRefusedAtOnce() {
        assertThatThrownBy(() -> SecretVault.encrypted(storage, new byte[7], Duration.ofMinutes(1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SecretVault.encrypted(storage, MASTER_KEY, Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theInMemoryVaultWorksOutOfTheBox() {
        SecretVault inMemory = SecretVault.inMemory(Duration.ofMinutes(5));
        inMemory.keep("c", redaction.values());

        assertThat(inMemory.reveal("c", "[EMAIL_1]").map(RedactedValue::original))
                .contains("bob@example.com");
    }

    private static final class MutableClock extends Clock {
        private Instant now = Instant.parse("2026-01-01T00:00:00Z");

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    /** Storage that remembers every byte written to it. */
    private static final class RecordingStorage implements VaultStorage {
        private final VaultStorage delegate;
        private final List<byte[]> written = new ArrayList<>();

        RecordingStorage(VaultStorage delegate) {
            this.delegate = delegate;
        }

        @Override
        public void put(String conversationId, String field, byte[] value, Duration timeToLive) {
            written.add(value.clone());
            delegate.put(conversationId, field, value, timeToLive);
        }

        @Override
        public byte[] putIfAbsent(String conversationId, String field, byte[] value, Duration timeToLive) {
            written.add(value.clone());
            return delegate.putIfAbsent(conversationId, field, value, timeToLive);
        }

        @Override
        public Optional<byte[]> get(String conversationId, String field) {
            return delegate.get(conversationId, field);
        }

        @Override
        public void delete(String conversationId) {
            delegate.delete(conversationId);
        }
    }
}
