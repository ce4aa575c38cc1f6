package io.switchboard.dialog;

import java.util.Objects;

/** What the context window keeps of one turn: the two redacted texts and their token counts. */
public record Exchange(int seq, String user, int userTokens, String reply, int replyTokens) {

    public Exchange {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(reply, "reply");
    }

    public int tokens() {
        return userTokens + replyTokens;
    }
}
