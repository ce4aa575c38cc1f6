package io.switchboard.domains.core;

import io.switchboard.domains.core.intent.IntentExample;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One tenant's choice and tuning of its domain: persona, extra intent examples (trained with the domain's own), the
 * confidence under which an intent is not trusted, and domain settings such as {@code return_window_days}.
 */
public record TenantDomainConfig(
        String tenantId,
        DomainKind kind,
        String persona,
        double intentThreshold,
        List<IntentExample> extraExamples,
        Map<String, String> settings) {

    public static final double DEFAULT_INTENT_THRESHOLD = 0.4;

    public TenantDomainConfig {
        Objects.requireNonNull(tenantId, "tenantId");
        Objects.requireNonNull(kind, "kind");
        if (!(intentThreshold >= 0 && intentThreshold <= 1)) {
            throw new IllegalArgumentException("intentThreshold must be in [0, 1], was " + intentThreshold);
        }
        extraExamples = List.copyOf(extraExamples);
        settings = Map.copyOf(settings);
    }

    public static TenantDomainConfig defaults(String tenantId, DomainKind kind) {
        return new TenantDomainConfig(tenantId, kind, "", DEFAULT_INTENT_THRESHOLD, List.of(), Map.of());
    }

    public TenantDomainConfig withPersona(String text) {
        return new TenantDomainConfig(tenantId, kind, text, intentThreshold, extraExamples, settings);
    }

    public TenantDomainConfig withExtraExamples(List<IntentExample> examples) {
        return new TenantDomainConfig(tenantId, kind, persona, intentThreshold, examples, settings);
    }

    public TenantDomainConfig withSetting(String key, String value) {
        var copy = new java.util.HashMap<>(settings);
        copy.put(key, value);
        return new TenantDomainConfig(tenantId, kind, persona, intentThreshold, extraExamples, copy);
    }

    public TenantDomainConfig withIntentThreshold(double threshold) {
        return new TenantDomainConfig(tenantId, kind, persona, threshold, extraExamples, settings);
    }

    public int intSetting(String key, int otherwise) {
        String value = settings.get(key);
        if (value == null) {
            return otherwise;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("setting " + key + " must be an integer, was '" + value + "'", e);
        }
    }
}
