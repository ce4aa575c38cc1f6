package io.switchboard.inference.internal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import reactor.core.publisher.Flux;

/**
 * Splits a byte stream into the {@code data} of Server-Sent Events: lines end with LF, CRLF or CR; the data lines of
 * one event are joined with LF; comments and other fields are skipped. Text is decoded per line, so a UTF-8 character
 * cut across two network reads stays whole.
 */
final class ServerSentEvents {

    private static final byte[] DATA = "data:".getBytes(StandardCharsets.US_ASCII);

    /** The current line's bytes (a plain buffer: the stream's own would lock on every byte). */
    private byte[] line = new byte[256];

    private int length;
    /** The event's first data line; the builder is used only when an event has more than one. */
    private String first;

    private final StringBuilder more = new StringBuilder();
    private boolean lastWasCr;

    private ServerSentEvents() {}

    /** The data of each event in {@code bytes}, in order; a trailing event without its blank line is dropped. */
    static Flux<String> data(Flux<byte[]> bytes) {
        return Flux.defer(() -> {
            ServerSentEvents parser = new ServerSentEvents();
            return bytes.concatMapIterable(parser::feed);
        });
    }

    private List<String> feed(byte[] bytes) {
        List<String> events = new ArrayList<>(2);
        for (byte b : bytes) {
            if (b == '\n' && lastWasCr) {
                lastWasCr = false;
                continue;
            }
            lastWasCr = b == '\r';
            if (b == '\n' || b == '\r') {
                endLine(events);
            } else {
                if (length == line.length) {
                    line = Arrays.copyOf(line, length * 2);
                }
                line[length++] = b;
            }
        }
        return events;
    }

    private void endLine(List<String> events) {
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
