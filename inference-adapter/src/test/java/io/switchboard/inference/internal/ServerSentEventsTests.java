package io.switchboard.inference.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.buffer.Unpooled;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;

class ServerSentEventsTests {

    private static List<String> events(byte[]... reads) {
        return ServerSentEvents.data(Flux.fromArray(reads).map(Unpooled::wrappedBuffer))
                .collectList()
                .block(Duration.ofSeconds(5));
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void splitsEventsAcrossReadsAndLineEndings() {
        assertThat(events(bytes("data: {\"a\":1}\r\n\r\nda"), bytes("ta: two\n\n: comment\nevent: x\ndata:three\r\r")))
                .containsExactly("{\"a\":1}", "two", "three");
    }

    @Test
    void joinsTheDataLinesOfOneEvent() {
        assertThat(events(bytes("data: line one\ndata: line two\n\n"))).containsExactly("line one\nline two");
    }

    @Test
    void keepsEmptyDataLinesAndOnlyOneSpaceAfterTheColon() {
        assertThat(events(bytes("data:\ndata:  two spaces\n\ndata:\n\ndatum: not data\n\n")))
                .containsExactly("\n two spaces", "");
    }

    @Test
    void readsALineLongerThanItsFirstBuffer() {
        String longLine = "x".repeat(10_000);
        assertThat(events(bytes("data: " + longLine + "\n\n"))).containsExactly(longLine);
    }

    @Test
    void keepsACharacterWholeWhenAReadCutsIt() {
        byte[] all = bytes("data: 退款 ✓\n\n");
        int cut = 8; // inside the first Chinese character's three bytes
        assertThat(events(Arrays.copyOfRange(all, 0, cut), Arrays.copyOfRange(all, cut, all.length)))
                .containsExactly("退款 ✓");
    }

    @Test
    void dropsAnEventCutOffBeforeItsBlankLine() {
        assertThat(events(bytes("data: whole\n\ndata: cut"))).containsExactly("whole");
    }
}
