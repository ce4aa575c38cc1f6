package io.switchboard.inference.internal;

import io.netty.buffer.ByteBuf;
import io.netty.util.ByteProcessor;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import reactor.core.publisher.Flux;

/**
 * Splits a byte stream into the {@code data} of Server-Sent Events: lines end with LF, CRLF or CR; the data lines of
 * one event are joined with LF; comments and other fields are skipped. Text is decoded per line, so a UTF-8 character
 * cut across two network reads stays whole. Reads the network's buffers in place, while each is being emitted (Reactor
 * Netty releases it after) instead of copying each read (4.6 KB of garbage a turn).
 */
final class ServerSentEvents implements ByteProcessor {

    private static final byte[] DATA = "data:".getBytes(StandardCharsets.US_ASCII);

    /** The current line's bytes (a plain buffer: the stream's own would lock on every byte). */
    private byte[] line = new byte[256];

    private int length;
    /** The event's first data line; the builder is used only when an event has more than one. */
    private String first;

    private final StringBuilder more = new StringBuilder();
    /** The events completed by the read being parsed. */
    private List<String> events = List.of();

    private boolean lastWasCr;

    private ServerSentEvents() {}

    /** The data of each event in {@code bytes}, in order; a trailing event without its blank line is dropped. */
    static Flux<String> data(Flux<ByteBuf> bytes) {
        return Flux.defer(() -> {
            ServerSentEvents parser = new ServerSentEvents();
            // parsed as each read is emitted (map, not the iterable's prefetch queue): the buffer is released after
            return bytes.map(parser::feed).concatMapIterable(events -> events);
        });
    }

    private List<String> feed(ByteBuf bytes) {
        events = new ArrayList<>(2);
        bytes.forEachByte(this);
        return events;
    }

    /** One byte of the stream; always goes on to the next. */
    @Override
    public boolean process(byte b) {
        if (b == '\n' && lastWasCr) {
            lastWasCr = false;
            return true;
        }
        lastWasCr = b == '\r';
        if (b == '\n' || b == '\r') {
            endLine();
        } else {
            if (length == line.length) {
                line = Arrays.copyOf(line, length * 2);
            }
            line[length++] = b;
        }
        return true;
    }

    private void endLine() {
        int n = length;
        length = 0;
        if (n == 0) {
            if (first != null) {
                events.add(more.isEmpty() ? first : more.toString());
            }
            first = null;
            more.setLength(0);
        } else if (Arrays.equals(line, 0, Math.min(n, DATA.length), DATA, 0, DATA.length)) {
            int from = n > DATA.length && line[DATA.length] == ' ' ? DATA.length + 1 : DATA.length;
            String value = new String(line, from, n - from, StandardCharsets.UTF_8);
            if (first == null) {
                first = value;
            } else {
                if (more.isEmpty()) {
                    more.append(first);
                }
                more.append('\n').append(value);
            }
        }
    }
}
