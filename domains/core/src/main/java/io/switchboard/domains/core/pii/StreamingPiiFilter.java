package io.switchboard.domains.core.pii;

/** Stand-in streaming filter: holds back a fixed tail and masks what the recognizers find. */
public final class StreamingPiiFilter {

    private static final int HOLD = 40;
    private final PiiRecognizers recognizers;
    private final StringBuilder pending = new StringBuilder();

    public StreamingPiiFilter(PiiRecognizers recognizers) {
        this.recognizers = recognizers;
    }

    public String accept(String chunk) {
        pending.append(chunk);
        String masked = mask(pending.toString());
        if (masked.length() <= HOLD) {
            pending.setLength(0);
            pending.append(masked);
            return "";
        }
        int cut = masked.length() - HOLD;
        pending.setLength(0);
        pending.append(masked.substring(cut));
        return masked.substring(0, cut);
    }

    public String finish() {
        String rest = mask(pending.toString());
        pending.setLength(0);
        return rest;
    }

    private String mask(String text) {
        StringBuilder out = new StringBuilder();
        int at = 0;
        for (PiiMatch m : recognizers.find(text)) {
            out.append(text, at, m.start()).append('[').append(m.type().name()).append(']');
            at = m.end();
        }
        return out.append(text.substring(at)).toString();
    }
}
