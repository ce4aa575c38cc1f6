package io.switchboard.worker.internal.http;

import io.switchboard.worker.internal.runtime.Completion;
import io.switchboard.worker.internal.runtime.TokenEvent;

/** What the scheduler reports for one request, as a stream element. */
sealed interface Outcome {

    record Token(TokenEvent event) implements Outcome {}

    record Done(Completion completion) implements Outcome {}
}
