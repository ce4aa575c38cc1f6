package io.switchboard.dialog.internal;

import reactor.blockhound.BlockHound;
import reactor.blockhound.integration.BlockHoundIntegration;

/**
 * Netty 4.2's adaptive buffer allocator briefly parks on an internal lock when it grows or frees a magazine,
 * inside the event loop's own read path; that is Netty's bookkeeping, not a blocking call of ours, so the tests
 * allow it and keep failing on everything else.
 */
public final class NettyAllocatorBlockHound implements BlockHoundIntegration {

    @Override
    public void applyTo(BlockHound.Builder builder) {
        builder.allowBlockingCallsInside("io.netty.buffer.AdaptivePoolingAllocator$Magazine", "free");
        builder.allowBlockingCallsInside(
                "io.netty.buffer.AdaptivePoolingAllocator$MagazineGroup", "tryExpandMagazines");
    }
}
