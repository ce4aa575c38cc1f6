package io.switchboard.platform.conversations;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** One message of the stored transcript, redacted. */
public record TranscriptMessage(
        UUID id,
        int turn,
        String role,
        String content,
        @Nullable String intent,
        boolean completed,
        Instant createdAt) {}
