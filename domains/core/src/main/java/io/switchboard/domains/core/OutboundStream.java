package io.switchboard.domains.core;

import java.util.Optional;

/**
 * The outbound step for one reply: feed it the model's chunks in order, send what it returns; it masks PII and stops
 * the reply (with the domain's fixed replacement) when the model breaks a flow rule.
 */
public interface OutboundStream {

    /** Takes the next chunk of model text and returns what may be sent now (possibly empty). */
    String accept(String chunk);

    /** Ends the reply and returns what was still held back. */
    String finish();

    /** The rule the model broke, if it broke one; after that the stream sends nothing more of the model's text. */
    Optional<String> violation();
}
