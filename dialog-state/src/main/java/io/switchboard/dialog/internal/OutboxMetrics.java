package io.switchboard.dialog.internal;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What the outbox writer reports: the backlog (entries not yet in PostgreSQL), the size of the batches it reads
 * (they grow with load), and what it wrote or set aside.
 */
final class OutboxMetrics {

    private final AtomicLong backlog = new AtomicLong();
    private final DistributionSummary batches;
    private final Counter written;
    private final Counter claimed;
    private final Counter deadLettered;
    private final Counter failures;

    OutboxMetrics(MeterRegistry registry) {
        Gauge.builder("dialog.outbox.backlog", backlog, AtomicLong::get)
                .description("Turns in the outbox stream not yet written to PostgreSQL")
                .register(registry);
        batches = DistributionSummary.builder("dialog.outbox.batch.size")
                .description("Outbox entries per batch the writer read (one PostgreSQL transaction each)")
                .baseUnit("entries")
                .register(registry);
        written = Counter.builder("dialog.outbox.written")
                .description("Turns written to the transcript")
                .register(registry);
        claimed = Counter.builder("dialog.outbox.claimed")
                .description("Outbox entries claimed from a consumer that left them pending")
                .register(registry);
        deadLettered = Counter.builder("dialog.outbox.dead.lettered")
                .description("Outbox entries that can never be written, moved to the dead-letter stream")
                .register(registry);
        failures = Counter.builder("dialog.outbox.failures")
                .description("Writer rounds that failed (Redis or PostgreSQL down) and will be retried")
                .register(registry);
    }

    void backlog(long entries) {
        backlog.set(entries);
    }

    long backlog() {
        return backlog.get();
    }

    void batch(int entries) {
        batches.record(entries);
    }

    void written(int turns) {
        written.increment(turns);
    }

    void claimed(int entries) {
        claimed.increment(entries);
    }

    void deadLettered() {
        deadLettered.increment();
    }

    void failed() {
        failures.increment();
    }
}
