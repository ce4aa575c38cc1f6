package io.switchboard.platform.net;

import java.net.URI;
import java.util.Locale;
import java.util.Optional;

/**
 * A tenant's http(s) URL as the {@link PinnedClient} needs it: host to resolve, port, the Host header and request
 * target to send.
 *
 * @param host lower case, IPv6 literals without brackets
 */
public record OutboundUrl(String url, boolean https, String host, int port, String hostHeader, String target) {

    public static final int MAX_LENGTH = 2048;

    /** The parsed URL, or why it is not acceptable as an endpoint (no credentials, no fragment). */
    public static Parsed parse(String url) {
        if (url.length() > MAX_LENGTH) {
            return new Parsed.Invalid("must be at most " + MAX_LENGTH + " characters");
        }
        URI uri;
        try {
            uri = new URI(url);
        } catch (java.net.URISyntaxException e) {
            return new Parsed.Invalid("is not a valid URL");
        }
        String scheme = Optional.ofNullable(uri.getScheme())
                .map(s -> s.toLowerCase(Locale.ROOT))
                .orElse("");
        if (!scheme.equals("http") && !scheme.equals("https")) {
            return new Parsed.Invalid("must be an http or https URL");
        }
        if (uri.getHost() == null || uri.getHost().isEmpty()) {
            return new Parsed.Invalid("must name a host");
        }
        if (uri.getRawUserInfo() != null) {
            return new Parsed.Invalid("must not carry credentials");
        }
        if (uri.getRawFragment() != null) {
            return new Parsed.Invalid("must not have a fragment");
        }
        boolean https = scheme.equals("https");
        int port = uri.getPort() == -1 ? (https ? 443 : 80) : uri.getPort();
        String bracketed = uri.getHost().toLowerCase(Locale.ROOT);
        String host = bracketed.startsWith("[") ? bracketed.substring(1, bracketed.length() - 1) : bracketed;
        String hostHeader = uri.getPort() == -1 ? bracketed : bracketed + ":" + port;
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        String target = uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
        return new Parsed.Valid(new OutboundUrl(url, https, host, port, hostHeader, target));
    }

    /** The outcome of parsing. */
    public sealed interface Parsed {
        record Valid(OutboundUrl url) implements Parsed {}

        record Invalid(String reason) implements Parsed {}
    }
}
