package io.switchboard.platform.webhooks.internal;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Collection;
import java.util.Set;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;

/**
 * Resolves a webhook's host once and decides whether it may be reached. The answer is the one address the
 * sender connects to, so a DNS answer that changes between the check and the connection cannot redirect it.
 */
final class Destinations {

    private final Set<String> allowedHosts;
    private final Resolver resolver;
    private final Scheduler lookups;

    /** @param lookups where the blocking DNS lookups of {@link #pinLater} run */
    Destinations(Collection<String> allowedHosts, Resolver resolver, Scheduler lookups) {
        this.allowedHosts = Set.copyOf(allowedHosts);
        this.resolver = resolver;
        this.lookups = lookups;
    }

    /** {@link #pin} off the caller's thread. */
    Mono<InetAddress> pinLater(WebhookUrl url) {
        return Mono.fromCallable(() -> pin(url)).subscribeOn(lookups);
    }

    void dispose() {
        lookups.dispose();
    }

    /**
     * The address to connect to for {@code url}, carrying the URL's host name (for TLS SNI and verification).
     * Blocks on DNS: call it off the event loop. Every resolved address must be acceptable, not only the first.
     */
    InetAddress pin(WebhookUrl url) throws Refused {
        InetAddress[] addresses;
        try {
            addresses = resolver.resolve(url.host());
        } catch (UnknownHostException e) {
            throw new Refused("host '" + url.host() + "' does not resolve");
        }
        if (addresses.length == 0) {
            throw new Refused("host '" + url.host() + "' does not resolve");
        }
        if (!allowedHosts.contains(url.host())) {
            for (InetAddress address : addresses) {
                var refusal = AddressPolicy.refusal(address);
                if (refusal.isPresent()) {
                    throw new Refused("host '" + url.host() + "' resolves to " + refusal.get()
                            + ", which webhooks may not reach");
                }
            }
        }
        try {
            return InetAddress.getByAddress(url.host(), addresses[0].getAddress());
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e); // only for a malformed address length, which a resolver never gives
        }
    }

    /** Name resolution; {@link InetAddress#getAllByName} in production. */
    @FunctionalInterface
    interface Resolver {
        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    /** A destination a webhook may not reach; the message is safe to show to the tenant. */
    static final class Refused extends Exception {
        Refused(String message) {
            super(message, null, false, false);
        }
    }
}
