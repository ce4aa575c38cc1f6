package io.switchboard.domains.core.pii;

import io.switchboard.domains.core.pii.internal.Detector;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Masks PII in a model's output as it streams. It holds back only the characters that a pattern may still complete
 * (a trailing run of digits, a word that may become an e-mail address, a date whose year has not come yet) and emits
 * everything else at once; the concatenation of everything it returns equals {@link Redactor#redact} of the whole
 * text, numbered with the same book. One filter per stream; not thread-safe.
 */
public final class StreamingPiiFilter {

    /** Text kept before the unsent part, so that context cues and boundaries read the same as in the whole text. */
    private static final int CONTEXT = 128;

    private final Detector.Scanner scanner;
    private final StringBuilder buffer = new StringBuilder();
    private final Map<String, RedactedValue> values = new LinkedHashMap<>();
    private PlaceholderBook book;
    private int unsent;
    private boolean finished;

    /** A filter for a stream in a fresh conversation. */
    public StreamingPiiFilter(PiiRecognizers recognizers) {
        this(recognizers, PlaceholderBook.newConversation());
    }

    /** A filter that numbers placeholders after what the conversation's book already holds. */
    public StreamingPiiFilter(PiiRecognizers recognizers, PlaceholderBook book) {
        this.scanner = Objects.requireNonNull(recognizers, "recognizers").scanner();
        this.book = Objects.requireNonNull(book, "book");
    }

    /** Takes the next chunk and returns what can be sent now (possibly empty). */
    public String accept(String chunk) {
        Objects.requireNonNull(chunk, "chunk");
        if (finished) {
            throw new IllegalStateException("the stream is finished; accept() after finish() is a bug");
        }
        buffer.append(chunk);
        Detector.Settled settled = scanner.settle(buffer, unsent);
        return emitUntil(settled.until(), settled.matches());
    }

    /** Ends the stream and returns everything still held back, redacted. */
    public String finish() {
        if (finished) {
            return "";
        }
        finished = true;
        return emitUntil(buffer.length(), scanner.find(buffer, unsent));
    }

    /** How many characters are held back right now. */
    public int held() {
        return buffer.length() - unsent;
    }

    /** The conversation's book after what has been emitted so far. */
    public PlaceholderBook book() {
        return book;
    }

    /** The values masked so far, once each, in order of first appearance; for the vault only. */
    public List<RedactedValue> values() {
        return new ArrayList<>(values.values());
    }

    /** Emits the text up to {@code settled}, redacted with {@code matches} (those found from the unsent part on). */
    private String emitUntil(int settled, List<PiiMatch> matches) {
        if (settled <= unsent) {
            return "";
        }
        Redaction redaction = Redactor.redact(buffer, unsent, settled, matches, book);
        book = redaction.book();
        redaction.values().forEach(value -> values.putIfAbsent(value.placeholder(), value));
        unsent = settled;
        int drop = unsent - CONTEXT;
        if (drop > 0) {
            buffer.delete(0, drop);
            unsent -= drop;
        }
        return redaction.text();
    }
}
