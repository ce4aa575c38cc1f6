package io.switchboard.platform.profiles;

import io.switchboard.domains.core.TenantDomainConfig;
import io.switchboard.quota.Plan;
import java.util.UUID;

/** A tenant as a chat turn sees it: active or not, its quota plan and its domain configuration. */
public record TenantProfile(UUID tenantId, String name, boolean active, Plan plan, TenantDomainConfig domain) {}
