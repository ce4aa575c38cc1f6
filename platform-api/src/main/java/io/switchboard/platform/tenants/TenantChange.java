package io.switchboard.platform.tenants;

import org.jspecify.annotations.Nullable;

/** A partial update of a tenant: null fields stay as they are. */
public record TenantChange(
        @Nullable String name,
        @Nullable String plan,
        @Nullable String domain,
        @Nullable String persona,
        @Nullable String status) {

    /** Plan and status are commercial decisions: only the operator may change them. */
    public boolean touchesOperatorFields() {
        return plan != null || status != null;
    }
}
