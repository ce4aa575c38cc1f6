package io.switchboard.domains.core;

import io.switchboard.domains.core.pii.PiiRecognizers;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** The installed domain plugins; hands out each tenant's pipeline, built once per configuration. */
public final class Domains {

    private final Map<DomainKind, DomainPlugin> plugins = new EnumMap<>(DomainKind.class);
    private final PiiRecognizers recognizers;
    private final Map<TenantDomainConfig, DomainPipeline> pipelines = new ConcurrentHashMap<>();

    public Domains(List<DomainPlugin> installed, PiiRecognizers recognizers) {
        for (DomainPlugin plugin : installed) {
            if (plugins.put(plugin.kind(), plugin) != null) {
                throw new IllegalArgumentException(
                        "two plugins for domain " + plugin.kind().id());
            }
        }
        this.recognizers = recognizers;
    }

    /** The domains a pipeline can be built for. */
    public Set<DomainKind> installed() {
        return Collections.unmodifiableSet(plugins.keySet());
    }

    /** The tenant's pipeline; a changed configuration (e.g. new intent examples) builds a new one. */
    public DomainPipeline pipeline(TenantDomainConfig config) {
        return pipelines.computeIfAbsent(config, this::build);
    }

    /** Forgets the pipelines built for a tenant (call when its configuration changes). */
    public void evict(String tenantId) {
        pipelines.keySet().removeIf(c -> c.tenantId().equals(tenantId));
    }

    private DomainPipeline build(TenantDomainConfig config) {
        DomainPlugin plugin = plugins.get(config.kind());
        if (plugin == null) {
            throw new UnknownDomainException(config.kind());
        }
        return new DomainPipeline(plugin.configure(config), recognizers);
    }
}
