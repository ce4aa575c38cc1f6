package io.switchboard.domains.medical.bench;

import io.switchboard.domains.medical.RedFlag;
import io.switchboard.domains.medical.RedFlags;
import java.util.Optional;
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

/**
 * One red-flag check of a patient's turn (rules, then the learnt model when no rule fires), as every medical turn
 * pays it; run by scripts/bench-redflags, never by the tests.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class RedFlagsBenchmark {

    @Param({"red-flag-en", "ordinary-en", "red-flag-zh", "ordinary-zh"})
    public String turn;

    private RedFlags redFlags;
    private String text;

    @Setup
    public void setUp() {
        redFlags = new RedFlags();
        text = switch (turn) {
            case "red-flag-en" -> "I have crushing chest pain and my left arm is numb";
            case "ordinary-en" -> "can you refill my blood pressure prescription please, I run out on Friday";
            case "red-flag-zh" -> "我胸口很闷，喘不上气";
            default -> "我想约下周的号，最好是上午";
        };
    }

    @Benchmark
    public Optional<RedFlag> find() {
        return redFlags.find(text);
    }
}
