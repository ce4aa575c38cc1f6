package io.switchboard.domains.core.pii;

import java.util.ArrayList;
import java.util.List;

/** Stand-in redactor: replaces every match with a typed, numbered placeholder. */
public final class Redactor {

    private final PiiRecognizers recognizers;

    public Redactor(PiiRecognizers recognizers) {
        this.recognizers = recognizers;
    }

    public Redaction redact(String text, PlaceholderBook book) {
        StringBuilder out = new StringBuilder();
        List<RedactedValue> values = new ArrayList<>();
        int at = 0;
        for (PiiMatch m : recognizers.find(text)) {
            if (m.start() < at) {
                continue;
            }
            book = book.next(m.type());
            String placeholder = "[" + m.type().name() + "_" + book.count(m.type()) + "]";
            out.append(text, at, m.start()).append(placeholder);
            values.add(new RedactedValue(placeholder, m.type(), text.substring(m.start(), m.end())));
            at = m.end();
        }
        out.append(text.substring(at));
        return new Redaction(out.toString(), values, book);
    }
}
