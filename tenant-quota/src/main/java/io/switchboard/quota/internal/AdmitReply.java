package io.switchboard.quota.internal;

import java.util.List;

/**
 * The admission script's reply, decoded.
 *
 * @param limit 0 admitted, 1 refused by the rate, 2 refused by the stream limit
 * @param backlogMicros how far the bucket's theoretical arrival time is ahead of Redis's now, after the decision
 * @param retryMicros when a refused admission of the same cost would pass (0 when admitted)
 * @param dayTokens the tenant's admitted cost over the rolling day
 */
record AdmitReply(long limit, long backlogMicros, long retryMicros, long leasesHeld, long dayTokens, long now) {

    static AdmitReply of(List<Object> reply) {
        if (reply.size() != 6) {
            throw new IllegalStateException("unexpected reply from admit.lua: " + reply);
        }
        return new AdmitReply(
                (Long) reply.get(0),
                (Long) reply.get(1),
                (Long) reply.get(2),
                (Long) reply.get(3),
                (Long) reply.get(4),
                (Long) reply.get(5));
    }
}
