package io.switchboard.dialog.internal;

import io.lettuce.core.resource.ClientResources;
import io.lettuce.core.resource.NettyCustomizer;
import io.netty.buffer.ByteBuf;
import io.netty.channel.Channel;
import io.netty.channel.ChannelDuplexHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelPromise;
import java.util.concurrent.atomic.AtomicLong;

/** Counts the bytes a Lettuce client really sends and receives on its sockets, to measure bytes per turn. */
final class WireBytes {

    private final AtomicLong sent = new AtomicLong();
    private final AtomicLong received = new AtomicLong();

    ClientResources resources() {
        return ClientResources.builder()
                .nettyCustomizer(new NettyCustomizer() {
                    @Override
                    public void afterChannelInitialized(Channel channel) {
                        channel.pipeline().addFirst(new Counter());
                    }
                })
                .build();
    }

    long sent() {
        return sent.get();
    }

    long received() {
        return received.get();
    }

    long total() {
        return sent.get() + received.get();
    }

    private final class Counter extends ChannelDuplexHandler {
        @Override
        public void channelRead(ChannelHandlerContext ctx, Object msg) throws Exception {
            if (msg instanceof ByteBuf buf) {
                received.addAndGet(buf.readableBytes());
            }
            super.channelRead(ctx, msg);
        }

        @Override
        public void write(ChannelHandlerContext ctx, Object msg, ChannelPromise promise) throws Exception {
            if (msg instanceof ByteBuf buf) {
                sent.addAndGet(buf.readableBytes());
            }
            super.write(ctx, msg, promise);
        }
    }
}
