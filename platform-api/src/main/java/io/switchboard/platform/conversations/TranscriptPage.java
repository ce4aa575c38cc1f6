package io.switchboard.platform.conversations;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** A page of whole turns of a transcript; {@code nextAfter} is the {@code after} of the next page, null at the end. */
public record TranscriptPage(
        List<TranscriptMessage> items, @Nullable Integer nextAfter) {}
