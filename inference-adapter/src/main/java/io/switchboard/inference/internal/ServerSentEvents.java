package io.switchboard.inference.internal;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import reactor.core.publisher.Flux;

/**
 * Splits a byte stream into the {@code data} of Server-Sent Events: lines end with LF, CRLF or CR; the data lines of
 * one event are joined with LF; comments and other fields are skipped. Text is decoded per line, so a UTF-8 character
 * cut across two network reads stays whole.
 */
final class ServerSentEvents {

    private final ByteArrayOutputStream line = new ByteArrayOutputStream();
    private final StringBuilder data = new StringBuilder();
    private boolean hasData;
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
        List<String> events = new ArrayList<>();
        for (byte b : bytes) {
            if (b == '\n' && lastWasCr) {
                lastWasCr = false;
                continue;
            }
            lastWasCr = b == '\r';
            if (b == '\n' || b == '\r') {
                endLine(events);
            } else {
                line.write(b);
            }
        }
        return events;
    }

    private void endLine(List<String> events) {
        String text = line.toString(StandardCharsets.UTF_8);
        line.reset();
        if (text.isEmpty()) {
            if (hasData) {
                events.add(data.toString());
            }
            data.setLength(0);
            hasData = false;
        } else if (text.startsWith("data:")) {
            String value = text.substring(5);
            if (hasData) {
                data.append('\n');
            }
            data.append(value.startsWith(" ") ? value.substring(1) : value);
            hasData = true;
        }
    }
}
