package io.switchboard.platform.profiles;

import io.switchboard.domains.core.TenantDomainConfig;
import io.switchboard.domains.core.intent.IntentExample;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A tenant's domain configuration as stored in {@code domain_configs.settings} and exchanged on the admin API:
 * the intent confidence threshold, extra intent examples that extend the domain's classifier, and plugin
 * settings (e.g. {@code return_window_days}).
 */
public record DomainSettings(
        @Nullable Double intentThreshold,
        @Nullable List<Example> examples,
        @Nullable Map<String, String> settings) {

    public static final DomainSettings NONE = new DomainSettings(null, null, null);

    /** One extra training example of an intent. */
    public record Example(String intent, String text) {}

    TenantDomainConfig apply(TenantDomainConfig base) {
        TenantDomainConfig config = base;
        if (intentThreshold != null) {
            config = config.withIntentThreshold(intentThreshold);
        }
        if (examples != null) {
            config = config.withExtraExamples(examples.stream()
                    .map(e -> new IntentExample(e.intent(), e.text()))
                    .toList());
        }
        if (settings != null) {
            for (var e : settings.entrySet()) {
                config = config.withSetting(e.getKey(), e.getValue());
            }
        }
        return config;
    }
}
