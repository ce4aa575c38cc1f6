package io.switchboard.testing.fakeworker;

/** The two error bodies OpenAI-compatible servers send, in HTTP error responses and in error events mid-stream. */
public enum ErrorShape {
    /** OpenAI's own: {@code {"error":{"message":…,"type":…,"code":…}}}. */
    NESTED,
    /** vLLM's and others': {@code {"object":"error","message":…,"type":…,"code":…}}. */
    FLAT
}
