package io.switchboard.domains.core.pii;

import java.util.Objects;

/** One piece of personal data found in a text: char offsets (end exclusive), its type and how sure the finder is. */
public record PiiMatch(int start, int end, PiiType type, double confidence) {

    public PiiMatch {
        Objects.requireNonNull(type, "type");
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("a match needs 0 <= start < end, got " + start + ".." + end);
        }
        if (confidence < 0 || confidence > 1) {
            throw new IllegalArgumentException("confidence must lie in [0, 1], got " + confidence);
        }
    }

    public int length() {
        return end - start;
    }

    public boolean overlaps(PiiMatch other) {
        return start < other.end && other.start < end;
    }
}
