package io.switchboard.platform.webhooks.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A delivery this replica has claimed for one attempt, with what the attempt needs.
 *
 * @param attempt the number of this attempt (1 for the first); the outcome is recorded only if it still matches
 * @param previousSecret the secret before the last rotation, while it is still within its overlap
 */
record Claim(
        UUID deliveryId,
        UUID eventId,
        String eventType,
        String payload,
        int attempt,
        String url,
        String secret,
        @Nullable String previousSecret) {

    /** The secrets that sign this attempt, newest first. */
    List<String> secrets() {
        List<String> secrets = new ArrayList<>(2);
        secrets.add(secret);
        if (previousSecret != null) {
            secrets.add(previousSecret);
        }
        return secrets;
    }
}
