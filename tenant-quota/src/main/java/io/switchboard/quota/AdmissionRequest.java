package io.switchboard.quota;

import java.util.regex.Pattern;

/**
 * One turn asking to be admitted: whose it is, under which plan, the conversation it belongs to, and its cost
 * estimated before inference (prompt tokens plus the completion budget).
 *
 * @param tenant the tenant's id (a UUID in practice); letters, digits and {@code . _ : -}, at most 128
 */
public record AdmissionRequest(String tenant, Plan plan, ConversationSnapshot conversation, Cost estimate) {

    private static final Pattern TENANT = Pattern.compile("[A-Za-z0-9._:-]{1,128}");

    public AdmissionRequest {
        requireTenant(tenant);
    }

    /** Rejects a tenant id that could break the Redis key layout. */
    public static String requireTenant(String tenant) {
        if (!TENANT.matcher(tenant).matches()) {
            throw new IllegalArgumentException(
                    "tenant id must be 1-128 characters of letters, digits and . _ : - (got '" + tenant + "')");
        }
        return tenant;
    }
}
