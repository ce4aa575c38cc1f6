package io.switchboard.worker.internal.runtime;

/**
 * Receives a sequence's output. Called on the inference thread, so implementations hand off and return at once.
 */
public interface SequenceListener {

    void onToken(TokenEvent token);

    void onComplete(Completion completion);

    void onError(RuntimeException error);
}
