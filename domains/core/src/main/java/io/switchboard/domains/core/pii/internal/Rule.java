package io.switchboard.domains.core.pii.internal;

import io.switchboard.domains.core.pii.PiiType;
import java.util.regex.Pattern;

/** A candidate pattern for one PII type and the assessor that decides which candidates are real. */
public record Rule(PiiType type, Pattern pattern, Assessor assessor) {}
