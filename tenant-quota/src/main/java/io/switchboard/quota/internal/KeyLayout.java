package io.switchboard.quota.internal;

/**
 * Where the quota keeps its state in Redis: {@code <prefix>:{<tenant>}:<what>}. The tenant is a hash tag, so all
 * of a tenant's keys sit in one cluster slot and one script may touch them together.
 */
record KeyLayout(String prefix) {

    KeyLayout {
        if (prefix.isBlank() || prefix.contains("{") || prefix.contains("}")) {
            throw new IllegalArgumentException("key prefix must be non-blank and free of braces: '" + prefix + "'");
        }
    }

    /** The keys of one admission, in the order the scripts take them: bucket, leases, usage. */
    String[] tenant(String tenant) {
        String base = prefix + ":{" + tenant + "}:";
        return new String[] {base + "tat", base + "leases", base + "usage"};
    }

    String[] leases(String tenant) {
        return new String[] {prefix + ":{" + tenant + "}:leases"};
    }

    String[] load() {
        return new String[] {prefix + ":load"};
    }
}
