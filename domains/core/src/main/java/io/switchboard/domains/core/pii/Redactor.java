package io.switchboard.domains.core.pii;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Replaces the PII in a text with typed, numbered placeholders ({@code [PAYMENT_CARD_1]}) that a model can refer to. */
public final class Redactor {

    private final PiiRecognizers recognizers;

    public Redactor(PiiRecognizers recognizers) {
        this.recognizers = Objects.requireNonNull(recognizers, "recognizers");
    }

    /** The text with its PII replaced, numbered after what {@code book} already holds. */
    public Redaction redact(String text, PlaceholderBook book) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(book, "book");
        return redact(text, 0, text.length(), recognizers.find(text), book);
    }

    /** Redacts {@code text[from, to)} given the matches found there (others are ignored). */
    static Redaction redact(CharSequence text, int from, int to, List<PiiMatch> matches, PlaceholderBook book) {
        StringBuilder redacted = new StringBuilder(to - from);
        Map<String, RedactedValue> values = new LinkedHashMap<>();
        PlaceholderBook current = book;
        int copied = from;
        for (PiiMatch match : matches) {
            if (match.start() < copied || match.end() > to) {
                continue;
            }
            String original = text.subSequence(match.start(), match.end()).toString();
            PlaceholderBook.Assignment assignment = current.assign(match.type(), original);
            current = assignment.book();
            redacted.append(text, copied, match.start()).append(assignment.placeholder());
            values.putIfAbsent(
                    assignment.placeholder(), new RedactedValue(assignment.placeholder(), match.type(), original));
            copied = match.end();
        }
        redacted.append(text, copied, to);
        return new Redaction(redacted.toString(), new ArrayList<>(values.values()), current);
    }
}
