package io.switchboard.quota;

/**
 * One turn asking to be admitted: whose it is, under which plan, the conversation it belongs to, and its cost
 * estimated before inference (prompt tokens plus the completion budget).
 *
 * @param tenant the tenant's id (a UUID in practice); letters, digits and {@code . _ : -}, at most 128
 */
public record AdmissionRequest(String tenant, Plan plan, ConversationSnapshot conversation, Cost estimate) {

    public AdmissionRequest {
        requireTenant(tenant);
    }

    /** Rejects a tenant id that could break the Redis key layout. */
    public static String requireTenant(String tenant) {
        if (!validTenant(tenant)) {
            throw new IllegalArgumentException(
                    "tenant id must be 1-128 characters of letters, digits and . _ : - (got '" + tenant + "')");
        }
        return tenant;
    }

    /** {@code [A-Za-z0-9._:-]{1,128}}, checked a char at a time: every admission checks it. */
    private static boolean validTenant(String tenant) {
        if (tenant.isEmpty() || tenant.length() > 128) {
            return false;
        }
        for (int i = 0; i < tenant.length(); i++) {
            char c = tenant.charAt(i);
            boolean ok = (c >= 'A' && c <= 'Z')
                    || (c >= 'a' && c <= 'z')
                    || (c >= '0' && c <= '9')
                    || c == '.'
                    || c == '_'
                    || c == ':'
                    || c == '-';
            if (!ok) {
                return false;
            }
        }
        return true;
    }
}
