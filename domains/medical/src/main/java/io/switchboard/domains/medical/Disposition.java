package io.switchboard.domains.medical;

/** Where the triage protocol sends a patient, from least to most urgent. */
public enum Disposition {
    SELF_CARE,
    GP,
    URGENT_CARE,
    EMERGENCY
}
