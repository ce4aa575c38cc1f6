package io.switchboard.domains.core.pii;

import io.switchboard.domains.core.pii.internal.Fingerprints;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A conversation's placeholder numbering: the same value gets the same placeholder in every turn, a new value the
 * next number of its type. It holds no PII value, only keyed fingerprints (HMAC-SHA256 under the conversation's own
 * random key), so it can be stored with the dialog state as a plain record. Immutable: assigning returns a new book.
 *
 * @param fingerprintKey the conversation's HMAC key, Base64; erasing the book erases the key with it
 * @param placeholders placeholder by value fingerprint
 * @param counts how many distinct values of each type have been numbered
 */
public record PlaceholderBook(String fingerprintKey, Map<String, String> placeholders, Map<PiiType, Integer> counts) {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int KEY_BYTES = 32;

    public PlaceholderBook {
        Objects.requireNonNull(fingerprintKey, "fingerprintKey");
        if (decode(fingerprintKey).length < 16) {
            throw new IllegalArgumentException("the fingerprint key must hold at least 16 bytes");
        }
        placeholders = Map.copyOf(placeholders);
        counts = counts.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(counts));
    }

    /** An empty book with a fresh random key, for a new conversation. */
    public static PlaceholderBook newConversation() {
        byte[] key = new byte[KEY_BYTES];
        RANDOM.nextBytes(key);
        return new PlaceholderBook(Base64.getEncoder().encodeToString(key), Map.of(), Map.of());
    }

    /** The placeholder this conversation already gave the value, if any. */
    public Optional<String> placeholderOf(PiiType type, String value) {
        return Optional.ofNullable(placeholders.get(fingerprint(type, value)));
    }

    /** The value's placeholder, numbering it if it is new, and the book that remembers it. */
    public Assignment assign(PiiType type, String value) {
        String fingerprint = fingerprint(type, value);
        String known = placeholders.get(fingerprint);
        if (known != null) {
            return new Assignment(known, this);
        }
        int number = counts.getOrDefault(type, 0) + 1;
        String placeholder = type.placeholder(number);
        Map<String, String> morePlaceholders = new HashMap<>(placeholders);
        morePlaceholders.put(fingerprint, placeholder);
        Map<PiiType, Integer> moreCounts = new EnumMap<>(PiiType.class);
        moreCounts.putAll(counts);
        moreCounts.put(type, number);
        return new Assignment(placeholder, new PlaceholderBook(fingerprintKey, morePlaceholders, moreCounts));
    }

    /** How many distinct values of the type this conversation has numbered. */
    public int count(PiiType type) {
        return counts.getOrDefault(type, 0);
    }

    private String fingerprint(PiiType type, String value) {
        return Fingerprints.of(decode(fingerprintKey), type, value);
    }

    private static byte[] decode(String key) {
        try {
            return Base64.getDecoder().decode(key);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("the fingerprint key must be Base64", e);
        }
    }

    @Override
    public String toString() {
        return "PlaceholderBook[placeholders=" + placeholders.size() + ", counts=" + counts + "]";
    }

    /** A value's placeholder and the book after numbering it. */
    public record Assignment(String placeholder, PlaceholderBook book) {}
}
