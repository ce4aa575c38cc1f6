package io.switchboard.domains.core.pii.bench;

import io.switchboard.domains.core.pii.PiiRecognizers;
import io.switchboard.domains.core.pii.PlaceholderBook;
import io.switchboard.domains.core.pii.Redactor;
import io.switchboard.domains.core.pii.StreamingPiiFilter;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The streaming PII filter over a model reply arriving token by token, against the baseline of redacting the same
 * reply once as a whole (what the filter must equal); run by scripts/bench-pii, never by the tests.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class StreamingFilterBenchmark {

    @Param({"plain", "with-pii"})
    public String reply;

    private PiiRecognizers recognizers;
    private Redactor redactor;
    private String[] tokens;
    private String whole;

    @Setup
    public void setUp() {
        recognizers = PiiRecognizers.defaults();
        redactor = new Redactor(recognizers);
        whole = reply.equals("plain")
                ? "Sure! Our hiking boots come in wide sizes, from 8 to 13. You can order them online or ask us to"
                        + " help you choose the right pair."
                : "I have noted your new e-mail ann.lee@example.com and the phone +1 415 555 0100; your order"
                        + " A12345678 ships on 2026-12-02 and the card ending 4242 will be charged.";
        tokens = whole.split("(?<= )");
    }

    @Benchmark
    public void streamedTokenByToken(Blackhole out) {
        StreamingPiiFilter filter = new StreamingPiiFilter(recognizers);
        for (String token : tokens) {
            out.consume(filter.accept(token));
        }
        out.consume(filter.finish());
    }

    @Benchmark
    public void redactedWhole(Blackhole out) {
        out.consume(redactor.redact(whole, PlaceholderBook.newConversation()));
    }
}
