package io.switchboard.domains.core.pii;

import io.switchboard.domains.core.pii.internal.DefaultRules;
import io.switchboard.domains.core.pii.internal.Detector;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Finds personal data in English and Chinese text: each type's pattern proposes candidates, checksums and dates
 * validate them, and context words raise or lower their confidence; what reaches the threshold is reported, without
 * overlaps. Immutable and safe to share between threads.
 */
public final class PiiRecognizers {

    /** The confidence a match needs to be reported. */
    public static final double DEFAULT_THRESHOLD = 0.5;

    private final Set<PiiType> types;
    private final double threshold;
    private final Detector detector;

    private PiiRecognizers(Set<PiiType> types, double threshold) {
        if (types.isEmpty()) {
            throw new IllegalArgumentException("at least one PII type must be recognized");
        }
        if (threshold <= 0 || threshold > 1) {
            throw new IllegalArgumentException("threshold must lie in (0, 1], got " + threshold);
        }
        this.types = Set.copyOf(types);
        this.threshold = threshold;
        this.detector = new Detector(DefaultRules.forTypes(this.types), threshold);
    }

    /** All types at the default threshold. */
    public static PiiRecognizers defaults() {
        return new PiiRecognizers(EnumSet.allOf(PiiType.class), DEFAULT_THRESHOLD);
    }

    /** Only the given types (a domain's PII policy may need fewer), at the default threshold. */
    public static PiiRecognizers of(Set<PiiType> types) {
        return new PiiRecognizers(Set.copyOf(types), DEFAULT_THRESHOLD);
    }

    /** The same types at another threshold: lower finds more, higher is surer. */
    public PiiRecognizers withThreshold(double threshold) {
        return new PiiRecognizers(types, threshold);
    }

    public Set<PiiType> types() {
        return types;
    }

    public double threshold() {
        return threshold;
    }

    /** The PII in {@code text}, in text order, non-overlapping. */
    public List<PiiMatch> find(String text) {
        Objects.requireNonNull(text, "text");
        return detector.find(text, 0);
    }

    /** A scanner for one stream of text (see {@link StreamingPiiFilter}); not thread-safe. */
    Detector.Scanner scanner() {
        return detector.scanner();
    }
}
