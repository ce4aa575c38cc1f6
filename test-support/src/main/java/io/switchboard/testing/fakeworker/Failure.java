package io.switchboard.testing.fakeworker;

/** What a fake worker does wrong on a chat request; {@link Behaviour#failAfterTokens()} says when, for mid-stream ones. */
public enum Failure {
    /** Answers normally. */
    NONE,
    /** {@code 503} with {@code Retry-After} before any token, as a worker with a full queue or one draining. */
    UNAVAILABLE,
    /** {@code 500} with an error body before any token. */
    SERVER_ERROR,
    /** {@code 400} with an error body: a request the worker will never accept, wherever it is sent. */
    BAD_REQUEST,
    /** After N tokens, an error event ({@code data: {"error":…}} or the flat shape) and then {@code [DONE]}. */
    ERROR_EVENT,
    /** After N tokens (0: right after the headers), sends nothing more and keeps the connection open. */
    HANG,
    /** After N tokens, closes the TCP connection without ending the chunked body, as a crashed process would. */
    DROP,
    /** After N tokens, an event whose data is not JSON. */
    MALFORMED,
    /** Accepts the connection and the request, and never sends a status line. */
    NO_ANSWER
}
