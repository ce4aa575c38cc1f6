package io.switchboard.platform.net;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The {@code Switchboard-Signature} header: {@code t=<unix seconds>,v1=<hex HMAC-SHA256 of "t.body">}, with one
 * {@code v1} per active secret (two during a webhook secret rotation), the newest first. The HMAC key is the
 * secret's UTF-8 bytes as the tenant sees it (a webhook secret's {@code whsec_} prefix included). Webhooks and
 * CRM requests carry the same header, so a tenant verifies both with the same code.
 */
public final class Signatures {

    public static final String HEADER = "Switchboard-Signature";

    private Signatures() {}

    public static String header(long unixSeconds, String body, List<String> secrets) {
        StringBuilder header = new StringBuilder("t=").append(unixSeconds);
        for (String secret : secrets) {
            header.append(",v1=").append(sign(secret, unixSeconds + "." + body));
        }
        return header.toString();
    }

    public static String sign(String secret, String payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(payload.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is unavailable", e);
        }
    }
}
