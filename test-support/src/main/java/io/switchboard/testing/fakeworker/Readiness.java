package io.switchboard.testing.fakeworker;

/** What {@code GET /health} reports: only {@link #READY} answers 200. */
public enum Readiness {
    READY,
    LOADING,
    DRAINING;

    String wireName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
