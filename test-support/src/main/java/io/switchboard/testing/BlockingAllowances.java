package io.switchboard.testing;

import reactor.blockhound.BlockHound;
import reactor.blockhound.integration.BlockHoundIntegration;

/**
 * The few JDK calls that BlockHound reports but that do not block in practice: reads of {@code /dev/urandom}
 * behind {@link java.util.UUID#randomUUID()} and {@link java.security.SecureRandom}, and
 * the one-time load of Hibernate Validator's message bundle from its jar (like class loading, which BlockHound
 * already allows), and Netty's adaptive buffer allocator, which takes a short lock when two threads grow its
 * magazines at once (seen on a fake worker's timer thread under concurrent streams), and Resilience4j's sliding
 * window, which records each call's outcome under a short lock that two event loops finishing calls at once contend
 * for (seen in the adapter's routing test: a few arithmetic steps, never I/O), and Jackson's cache of deserializers,
 * which builds each type's deserializer once under a lock that the first concurrent reads of a fresh mapper contend
 * for (seen when three turns reached a new fake worker at once), and Lettuce's {@code SharedLock}, which a command
 * written from an event loop takes while another thread writes on the same connection.
 *
 * <p>That last one matters beyond a false alarm: BlockHound reports a blocking call by throwing from inside it, and
 * thrown from inside {@code SharedLock}'s lock it left the lock's state broken, so that every later command on that
 * connection spun forever. That was the "wedged Lettuce connection" of the quota's replica test (docs/decisions.md,
 * "Tenth session"); without BlockHound the event loop waits its turn on the short lock, as Lettuce intends.
 */
public final class BlockingAllowances implements BlockHoundIntegration {

    @Override
    public void applyTo(BlockHound.Builder builder) {
        builder.allowBlockingCallsInside("java.util.UUID", "randomUUID");
        builder.allowBlockingCallsInside("java.security.SecureRandom", "nextBytes");
        builder.allowBlockingCallsInside("java.security.SecureRandom", "next");
        builder.allowBlockingCallsInside(
                "org.hibernate.validator.resourceloading.PlatformResourceBundleLocator", "loadBundle");
        builder.allowBlockingCallsInside(
                "io.netty.buffer.AdaptivePoolingAllocator$MagazineGroup", "tryExpandMagazines");
        builder.allowBlockingCallsInside("io.netty.buffer.AdaptivePoolingAllocator$Magazine", "free");
        builder.allowBlockingCallsInside("io.github.resilience4j.core.metrics.FixedSizeSlidingWindowMetrics", "record");
        builder.allowBlockingCallsInside(
                "tools.jackson.databind.deser.DeserializerCache", "_createAndCacheValueDeserializer");
        builder.allowBlockingCallsInside("io.lettuce.core.protocol.SharedLock", "incrementWriters");
        builder.allowBlockingCallsInside("io.lettuce.core.protocol.SharedLock", "doExclusive");
    }
}
