package io.switchboard.domains.medical;

import io.switchboard.domains.core.ConfiguredDomain;
import io.switchboard.domains.core.DomainKind;
import io.switchboard.domains.core.DomainPlugin;
import io.switchboard.domains.core.TenantDomainConfig;
import io.switchboard.domains.core.intent.IntentClassifier;
import io.switchboard.domains.core.intent.IntentExample;
import io.switchboard.domains.core.intent.IntentExamples;
import io.switchboard.domains.medical.internal.MedicalFlow;
import java.util.List;

/** The medical triage plugin: red flags escalate with a fixed message, a triage flow reaches a disposition. */
public final class MedicalDomain implements DomainPlugin {

    private static final List<IntentExample> BASE = IntentExamples.fromResource(MedicalDomain.class, "intents.tsv");

    @Override
    public DomainKind kind() {
        return DomainKind.MEDICAL;
    }

    @Override
    public ConfiguredDomain configure(TenantDomainConfig config) {
        return new MedicalFlow(config, classifier(config), new RedFlags());
    }

    /** The intent model for a tenant: the base examples plus the tenant's own. */
    public static IntentClassifier classifier(TenantDomainConfig config) {
        return IntentClassifier.train(BASE, config.extraExamples(), config.intentThreshold());
    }
}
