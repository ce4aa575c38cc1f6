package io.switchboard.platform.net;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Collection;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;

/**
 * Resolves a tenant URL's host once and decides whether it may be reached. The answer is the one address the
 * {@link PinnedClient} connects to, so a DNS answer that changes between the check and the connection cannot
 * redirect it. Hosts on the allow-list (as written in the URL) skip the address rules: tests, or a deliberately
 * internal server.
 */
public final class Destinations {

    private final Set<String> allowedHosts;
    private final Resolver resolver;
    private final Scheduler lookups;

    /** @param lookups where the blocking DNS lookups of {@link #pinLater} run */
    public Destinations(Collection<String> allowedHosts, Resolver resolver, Scheduler lookups) {
        this.allowedHosts = allowedHosts.stream()
                .map(h -> h.strip().toLowerCase(Locale.ROOT))
                .filter(h -> !h.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
        this.resolver = resolver;
        this.lookups = lookups;
    }

    /** {@link #pin} off the caller's thread. */
    public Mono<InetAddress> pinLater(OutboundUrl url) {
        return Mono.fromCallable(() -> pin(url)).subscribeOn(lookups);
    }

    public void dispose() {
        lookups.dispose();
    }

    /**
     * The address to connect to for {@code url}, carrying the URL's host name (for TLS SNI and verification).
     * Blocks on DNS: call it off the event loop. Every resolved address must be acceptable, not only the first.
     */
    public InetAddress pin(OutboundUrl url) throws Refused {
        InetAddress[] addresses;
        try {
            addresses = resolver.resolve(url.host());
        } catch (UnknownHostException e) {
            throw new Refused("host '" + url.host() + "' does not resolve");
        }
        if (addresses.length == 0) {
            throw new Refused("host '" + url.host() + "' does not resolve");
        }
        if (!allowListed(url.host())) {
            for (InetAddress address : addresses) {
                var refusal = AddressPolicy.refusal(address);
                if (refusal.isPresent()) {
                    throw new Refused("host '" + url.host() + "' resolves to " + refusal.get()
                            + ", which the platform may not reach");
                }
            }
        }
        try {
            return InetAddress.getByAddress(url.host(), addresses[0].getAddress());
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e); // only for a malformed address length, which a resolver never gives
        }
    }

    /** Whether {@code host} (lower case, as in {@link OutboundUrl#host()}) is exempt from the address rules. */
    public boolean allowListed(String host) {
        return allowedHosts.contains(host);
    }

    /** Name resolution; {@link InetAddress#getAllByName} in production. */
    @FunctionalInterface
    public interface Resolver {
        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    /** A destination the platform may not reach; the message is safe to show to the tenant. */
    public static final class Refused extends Exception {
        Refused(String message) {
            super(message, null, false, false);
        }
    }
}
