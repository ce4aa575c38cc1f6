package io.switchboard.platform.webhooks.internal;

import java.util.List;
import java.util.UUID;

/**
 * A delivery this replica has claimed for one attempt, with what the attempt needs.
 *
 * @param attempt the number of this attempt (1 for the first); the outcome is recorded only if it still matches
 * @param secrets the secrets that sign this attempt, newest first (the previous one while within its overlap);
 *     empty when the stored secrets do not open
 */
record Claim(
        UUID deliveryId,
        UUID eventId,
        String eventType,
        String payload,
        int attempt,
        String url,
        List<String> secrets) {

    Claim {
        secrets = List.copyOf(secrets);
    }
}
