package io.switchboard.domains.core.intent;

/**
 * The most likely intent and the model's probability for it; {@code confident} says whether it reached the tenant's
 * threshold (a turn that does not should go to the model or to a clarifying question, not to a flow).
 */
public record IntentPrediction(String intent, double confidence, boolean confident) {

    public static final String UNKNOWN = "unknown";

    public static IntentPrediction unknown() {
        return new IntentPrediction(UNKNOWN, 0, false);
    }

    /** The intent when confident, otherwise {@link #UNKNOWN}. */
    public String trusted() {
        return confident ? intent : UNKNOWN;
    }
}
