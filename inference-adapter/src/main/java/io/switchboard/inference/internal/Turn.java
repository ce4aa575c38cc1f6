package io.switchboard.inference.internal;

import io.switchboard.inference.ChatRequest;
import io.switchboard.inference.NoWorkerAvailableException;
import java.util.HashSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The state of one chat turn across its attempts: workers tried, requests sent, chunks passed on. Attempts run one
 * after another, so the reactive chain orders every access.
 */
final class Turn {

    private final ChatRequest request;
    private final Set<String> tried = new HashSet<>();
    private int sent;
    private int delivered;
    private String servedBy = "";
    private @Nullable WorkerFailure lastFailure;

    Turn(ChatRequest request) {
        this.request = request;
    }

    ChatRequest request() {
        return request;
    }

    Set<String> tried() {
        return tried;
    }

    void trying(Worker worker) {
        tried.add(worker.id());
    }

    int sent() {
        return sent;
    }

    /** Records a chunk passed on from {@code worker}; true for the first one. */
    boolean delivered(Worker worker) {
        servedBy = worker.id();
        return delivered++ == 0;
    }

    /** The worker whose chunks were passed on, or empty. */
    String servedBy() {
        return servedBy;
    }

    int deliveredCount() {
        return delivered;
    }

    void failed(WorkerFailure failure) {
        lastFailure = failure;
        if (failure.failureCause().requestSent()) {
            sent++;
        }
    }

    NoWorkerAvailableException noWorker(String why) {
        String last = lastFailure == null ? "" : "; last failure: " + lastFailure.getMessage();
        return new NoWorkerAvailableException(why + " (" + tried.size() + " workers tried" + last + ")", lastFailure);
    }
}
