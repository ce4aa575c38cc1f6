package io.switchboard.dialog.internal;

import io.lettuce.core.codec.RedisCodec;
import io.lettuce.core.codec.StringCodec;
import io.lettuce.core.codec.ToByteBufEncoder;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import java.nio.ByteBuffer;

/**
 * UTF-8 string keys and raw byte values, written straight into the command's buffer with their exact length. Lettuce's
 * composed codec of the same two ({@code RedisCodec.of(StringCodec.UTF8, ByteArrayCodec.INSTANCE)}) is not a
 * {@link ToByteBufEncoder}, so it encoded every key into a new heap buffer sized for three bytes a character: about
 * 4 KB of garbage a turn (docs/benchmarks.md, "Eighth session").
 */
final class KeysAndBytes implements RedisCodec<String, byte[]>, ToByteBufEncoder<String, byte[]> {

    static final KeysAndBytes INSTANCE = new KeysAndBytes();

    private static final byte[] EMPTY = new byte[0];

    private KeysAndBytes() {}

    @Override
    public String decodeKey(ByteBuffer bytes) {
        return StringCodec.UTF8.decodeKey(bytes);
    }

    @Override
    public byte[] decodeValue(ByteBuffer bytes) {
        if (!bytes.hasRemaining()) {
            return EMPTY;
        }
        byte[] value = new byte[bytes.remaining()];
        bytes.get(value);
        return value;
    }

    @Override
    public ByteBuffer encodeKey(String key) {
        return StringCodec.UTF8.encodeKey(key);
    }

    @Override
    public ByteBuffer encodeValue(byte[] value) {
        return ByteBuffer.wrap(value);
    }

    @Override
    public void encodeKey(String key, ByteBuf target) {
        ByteBufUtil.writeUtf8(target, key);
    }

    @Override
    public void encodeValue(byte[] value, ByteBuf target) {
        target.writeBytes(value);
    }

    @Override
    public int estimateSize(Object keyOrValue) {
        return switch (keyOrValue) {
            case String key -> ByteBufUtil.utf8Bytes(key);
            case byte[] value -> value.length;
            default -> throw new IllegalArgumentException("not a key or value: " + keyOrValue.getClass());
        };
    }

    /** The size above is the number of bytes written, so Lettuce writes each argument in place. */
    @Override
    public boolean isEstimateExact() {
        return true;
    }
}
