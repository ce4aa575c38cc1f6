package io.switchboard.platform.crm;

import java.util.UUID;
import reactor.core.publisher.Mono;

/** The tenants' CRM integrations as the rest of the platform sees them. */
public interface CrmIntegrations {

    /**
     * Connects a tenant to the platform's built-in demo directory (a few fixed customers and orders). Only the run
     * command's demo tenant is connected so, and the directory answers only while {@code switchboard.demo.enabled}.
     */
    Mono<Void> connectDemo(UUID tenantId, String actor);
}
