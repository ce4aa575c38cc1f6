package io.switchboard.domains.core.pii;

import java.util.List;

/** A redacted text, the values taken out, and the conversation's updated numbering. */
public record Redaction(String text, List<RedactedValue> values, PlaceholderBook book) {}
