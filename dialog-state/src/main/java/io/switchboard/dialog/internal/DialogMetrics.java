package io.switchboard.dialog.internal;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.switchboard.dialog.Dialog;
import io.switchboard.dialog.DialogException;
import java.util.Locale;
import java.util.function.UnaryOperator;
import reactor.core.publisher.Mono;

/**
 * Times loads and saves, tagged with a low-cardinality outcome: the dialog's origin (so rebuilt and lost states are
 * counted), {@code saved}, or the error's type. Applied as an operator with {@code transformDeferred}.
 */
final class DialogMetrics {

    private final MeterRegistry registry;

    DialogMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    UnaryOperator<Mono<Dialog>> timed(String operation) {
        return mono -> Mono.defer(() -> {
            Timer.Sample sample = Timer.start(registry);
            return mono.doOnSuccess(dialog -> stop(sample, operation, outcome(operation, dialog)))
                    .doOnError(e -> stop(sample, operation, error(e)));
        });
    }

    private void stop(Timer.Sample sample, String operation, String outcome) {
        sample.stop(Timer.builder("dialog.state." + operation)
                .description("Dialog state " + operation + "s, by outcome")
                .tag("outcome", outcome)
                .register(registry));
    }

    private static String outcome(String operation, Dialog dialog) {
        return operation.equals("load") ? dialog.origin().name().toLowerCase(Locale.ROOT) : "saved";
    }

    private static String error(Throwable e) {
        return e instanceof DialogException ? e.getClass().getSimpleName() : "other";
    }
}
