package io.switchboard.worker.internal.checkpoint;

/** A checkpoint that cannot be read or is not one this runtime serves; never retryable. */
public class CheckpointException extends RuntimeException {

    public CheckpointException(String message) {
        super(message);
    }

    public CheckpointException(String message, Throwable cause) {
        super(message, cause);
    }
}
