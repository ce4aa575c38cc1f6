package io.switchboard.inference.internal;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Keeps the pool's membership: the static list, plus every address of the DNS name (a Kubernetes headless service
 * resolves to one record per ready pod), resolved again at an interval off the event loop. A failed resolution keeps
 * the workers already known.
 */
final class Discovery implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(Discovery.class);

    /** Resolves a host name to its addresses; {@link InetAddress#getAllByName} in production. */
    @FunctionalInterface
    interface Resolver {
        List<InetAddress> resolve(String name) throws UnknownHostException;
    }

    private final InferenceProperties properties;
    private final Workers workers;
    private final Resolver resolver;
    private @Nullable Disposable refresh;

    Discovery(InferenceProperties properties, Workers workers, Resolver resolver) {
        this.properties = properties;
        this.workers = workers;
        this.resolver = resolver;
    }

    static Resolver systemResolver() {
        return name -> List.of(InetAddress.getAllByName(name));
    }

    /** Sets the static workers at once, and starts resolving the DNS name if there is one. */
    void start() {
        Set<WorkerAddress> fixed = fixed();
        workers.replaceAll(fixed);
        String name = properties.dnsName();
        if (name == null) {
            return;
        }
        refresh = Flux.interval(java.time.Duration.ZERO, properties.dnsRefresh())
                .onBackpressureDrop()
                .concatMap(
                        tick -> Mono.fromCallable(() -> resolver.resolve(name))
                                .subscribeOn(Schedulers.boundedElastic())
                                .doOnError(
                                        e -> log.warn("cannot resolve inference workers at {}: {}", name, e.toString()))
                                .onErrorResume(e -> Mono.empty()),
                        0)
                .subscribe(addresses -> workers.replaceAll(union(fixed, addresses)));
    }

    @Override
    public void close() {
        if (refresh != null) {
            refresh.dispose();
        }
    }

    private Set<WorkerAddress> fixed() {
        Set<WorkerAddress> fixed = new LinkedHashSet<>();
        properties.workers().forEach(url -> fixed.add(new WorkerAddress(url)));
        return fixed;
    }

    private Set<WorkerAddress> union(Set<WorkerAddress> fixed, List<InetAddress> addresses) {
        Set<WorkerAddress> all = new LinkedHashSet<>(fixed);
        for (InetAddress address : addresses) {
            String host =
                    address instanceof Inet6Address ? "[" + address.getHostAddress() + "]" : address.getHostAddress();
            all.add(new WorkerAddress("http://" + host + ":" + properties.dnsPort()));
        }
        return all;
    }
}
