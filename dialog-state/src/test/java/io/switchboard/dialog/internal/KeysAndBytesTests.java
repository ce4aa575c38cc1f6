package io.switchboard.dialog.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class KeysAndBytesTests {

    private final KeysAndBytes codec = KeysAndBytes.INSTANCE;

    @ParameterizedTest
    @ValueSource(strings = {"", "sb:{t-1}:conv:7f3e", "客户:é:😀", "tab\there"})
    void aKeyIsWrittenAsItsUtf8BytesAndTheEstimateIsTheirNumber(String key) {
        ByteBuf target = Unpooled.buffer();

        codec.encodeKey(key, target);

        byte[] written = ByteBufUtil.getBytes(target);
        assertThat(written).isEqualTo(key.getBytes(StandardCharsets.UTF_8));
        assertThat(codec.estimateSize(key)).isEqualTo(written.length);
        assertThat(codec.isEstimateExact()).isTrue();
        assertThat(codec.decodeKey(ByteBuffer.wrap(written))).isEqualTo(key);
        assertThat(codec.decodeKey(codec.encodeKey(key))).isEqualTo(key);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 4096})
    void aValueIsWrittenAsIsAndReadBackAsACopy(int size) {
        byte[] value = new byte[size];
        for (int i = 0; i < size; i++) {
            value[i] = (byte) (i * 31);
        }
        ByteBuf target = Unpooled.buffer();

        codec.encodeValue(value, target);

        byte[] written = ByteBufUtil.getBytes(target);
        assertThat(written).isEqualTo(value);
        assertThat(codec.estimateSize(value)).isEqualTo(size);
        ByteBuffer stored = ByteBuffer.wrap(written);
        byte[] read = codec.decodeValue(stored);
        assertThat(read).isEqualTo(value);
        assertThat(stored.hasRemaining()).isFalse();
        assertThat(codec.decodeValue(codec.encodeValue(value))).isEqualTo(value);
    }
}
