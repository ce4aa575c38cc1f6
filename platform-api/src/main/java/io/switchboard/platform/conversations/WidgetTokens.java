package io.switchboard.platform.conversations;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.stereotype.Component;

/**
 * Widget session tokens: {@code wst_<payload>.<HMAC-SHA256>}, scoped to one tenant, one conversation and the
 * publishable key that opened it, valid for {@code switchboard.chat.widget-session-ttl}. Stateless, so every
 * replica verifies them alike (given the same {@code widget-token-secret}).
 */
@Component
class WidgetTokens {

    static final String PREFIX = "wst_";
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder B64D = Base64.getUrlDecoder();

    private final byte[] secret;
    private final ChatProperties properties;
    private final Clock clock;

    WidgetTokens(ChatProperties properties) {
        this.properties = properties;
        this.clock = Clock.systemUTC();
        if (properties.widgetTokenSecret().isBlank()) {
            this.secret = new byte[32];
            new SecureRandom().nextBytes(secret);
        } else {
            this.secret = properties.widgetTokenSecret().getBytes(StandardCharsets.UTF_8);
        }
    }

    /** What a valid token grants. */
    record Session(UUID tenantId, UUID conversationId, UUID keyId, Instant expiresAt) {}

    Session issue(UUID tenantId, UUID conversationId, UUID keyId) {
        return new Session(tenantId, conversationId, keyId, clock.instant().plus(properties.widgetSessionTtl()));
    }

    String encode(Session s) {
        ByteBuffer payload = ByteBuffer.allocate(56);
        payload.putLong(s.tenantId().getMostSignificantBits())
                .putLong(s.tenantId().getLeastSignificantBits());
        payload.putLong(s.conversationId().getMostSignificantBits())
                .putLong(s.conversationId().getLeastSignificantBits());
        payload.putLong(s.keyId().getMostSignificantBits()).putLong(s.keyId().getLeastSignificantBits());
        payload.putLong(s.expiresAt().getEpochSecond());
        String body = B64.encodeToString(payload.array());
        return PREFIX + body + "." + B64.encodeToString(mac(body));
    }

    /** The session, if the token is genuine and unexpired. */
    Optional<Session> decode(String token) {
        if (!token.startsWith(PREFIX) || token.length() > 200) {
            return Optional.empty();
        }
        String[] parts = token.substring(PREFIX.length()).split("\\.", -1);
        if (parts.length != 2) {
            return Optional.empty();
        }
        try {
            if (!MessageDigest.isEqual(mac(parts[0]), B64D.decode(parts[1]))) {
                return Optional.empty();
            }
            ByteBuffer p = ByteBuffer.wrap(B64D.decode(parts[0]));
            if (p.remaining() != 56) {
                return Optional.empty();
            }
            Session s = new Session(
                    new UUID(p.getLong(), p.getLong()),
                    new UUID(p.getLong(), p.getLong()),
                    new UUID(p.getLong(), p.getLong()),
                    Instant.ofEpochSecond(p.getLong()));
            return s.expiresAt().isAfter(clock.instant()) ? Optional.of(s) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private byte[] mac(String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return mac.doFinal(body.getBytes(StandardCharsets.US_ASCII));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException(e);
        }
    }
}
