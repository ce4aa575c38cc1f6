package io.switchboard.worker.internal.runtime;

import io.switchboard.worker.internal.checkpoint.TextCodec;
import java.util.List;

/**
 * Turns generated token ids into text deltas: holds back a partial UTF-8 character and any tail that could begin
 * a stop string, and reports when a stop string has appeared (the text is cut before it).
 */
final class TextStream {

    private final TextCodec codec;
    private final List<String> stops;
    private String text = "";
    private int emitted;
    private boolean stopped;

    TextStream(TextCodec codec, List<String> stops) {
        this.codec = codec;
        this.stops = stops;
    }

    /** The new text that may be sent after this token; the generated ids so far are given. */
    String next(long[] generated) {
        String decoded = codec.decode(generated);
        if (decoded.endsWith("\uFFFD")) {
            return "";
        }
        text = decoded;
        int safe = text.length();
        for (String stop : stops) {
            int at = text.indexOf(stop, Math.max(0, emitted - stop.length() + 1));
            if (!stop.isEmpty() && at >= 0 && at < safe) {
                safe = at;
                stopped = true;
            }
        }
        if (!stopped) {
            safe -= heldBack();
        }
        String delta = safe > emitted ? text.substring(emitted, safe) : "";
        emitted = Math.max(emitted, safe);
        return delta;
    }

    /** Text held back when the sequence ends without a stop string. */
    String flush() {
        if (stopped || emitted >= text.length()) {
            return "";
        }
        String rest = text.substring(emitted);
        emitted = text.length();
        return rest;
    }

    boolean stopped() {
        return stopped;
    }

    private int heldBack() {
        int hold = 0;
        for (String stop : stops) {
            for (int len = Math.min(stop.length() - 1, text.length()); len > hold; len--) {
                if (text.endsWith(stop.substring(0, len))) {
                    hold = len;
                    break;
                }
            }
        }
        return hold;
    }
}
