package io.switchboard.domains.core.pii;

import java.util.List;

/** What the default recognizers find in a text, as {@code TYPE=value} strings a test can compare. */
final class Found {

    private static final PiiRecognizers RECOGNIZERS = PiiRecognizers.defaults();

    private Found() {}

    static List<String> in(String text) {
        return RECOGNIZERS.find(text).stream()
                .map(m -> m.type() + "=" + text.substring(m.start(), m.end()))
                .toList();
    }
}
