package io.switchboard.dialog.internal;

import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.reactive.RedisReactiveCommands;
import io.lettuce.core.resource.ClientResources;
import io.switchboard.dialog.ConversationKey;
import io.switchboard.dialog.Dialog;
import io.switchboard.dialog.Dialogs;
import io.switchboard.dialog.Turn;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.LongAdder;

/**
 * Benchmark, run on purpose (scripts/bench-dialog), never by the test suite: a turn's state round trips (load +
 * save) per second and bytes per turn against a Redis, next to a baseline measured in the same run: a plain GET and
 * SET moving the same number of bytes a turn moves.
 *
 * <p>Arguments: [seconds per phase, default 10] [concurrent conversations, default 16] [redis URI].
 */
public final class DialogBench {

    private DialogBench() {}

    public static void main(String[] args) throws Exception {
        int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        int concurrency = args.length > 1 ? Integer.parseInt(args[1]) : 16;
        String uri = args.length > 2 ? args[2] : "redis://127.0.0.1:6379";
        String prefix = "bench:dialog:" + UUID.randomUUID().toString().substring(0, 8);
        System.out.printf(
                "# dialog-state benchmark: %s, %d s per phase, %d concurrent conversations, %d CPUs%n",
                uri, seconds, concurrency, Runtime.getRuntime().availableProcessors());
        try {
            long[] perTurn = bytesPerTurn(uri, prefix);
            RedisClient client = DialogTestKit.redis(uri);
            try (DialogStack stack = DialogTestKit.stack(DialogTestKit.properties(prefix, "bench"), client, null);
                    StatefulRedisConnection<String, byte[]> plain = client.connect(DialogStack.CODEC)) {
                Result baseline = run("baseline GET+SET", seconds, concurrency, worker -> {
                    String key = prefix + ":plain:" + worker;
                    byte[] state = new byte[(int) perTurn[1]];
                    byte[] save = new byte[(int) perTurn[0]];
                    plain.sync().set(key, state);
                    RedisReactiveCommands<String, byte[]> redis = plain.reactive();
                    return () -> redis.get(key).then(redis.set(key, save)).block(Duration.ofSeconds(5));
                });
                Result dialog = run("dialog load+append", seconds, concurrency, worker -> {
                    ConversationKey key = new ConversationKey(UUID.randomUUID(), UUID.randomUUID());
                    for (int i = 0; i < 40; i++) {
                        DialogTestKit.appendNext(stack.dialogs(), key); // a full window and summary
                    }
                    Dialogs dialogs = stack.dialogs();
                    return () -> dialogs.load(key)
                            .flatMap(d -> {
                                Turn turn = DialogTestKit.nextTurn(d);
                                return dialogs.append(d, turn, DialogTestKit.domainAfter(turn));
                            })
                            .block(Duration.ofSeconds(5));
                });
                System.out.printf(
                        "%nratio dialog/baseline: throughput %.2f, p50 %.2f, p99 %.2f%n",
                        dialog.perSecond() / baseline.perSecond(),
                        dialog.p50Micros() / baseline.p50Micros(),
                        dialog.p99Micros() / baseline.p99Micros());
            } finally {
                client.shutdown();
            }
        } finally {
            DialogTestKit.deleteKeys(uri, prefix);
        }
    }

    /** Wire bytes of one load + append at chosen turns of one conversation; returns {sent, received} at turn 300. */
    private static long[] bytesPerTurn(String uri, String prefix) {
        WireBytes wire = new WireBytes();
        ClientResources resources = wire.resources();
        RedisClient client = DialogTestKit.redis(uri, resources);
        try (DialogStack stack = DialogTestKit.stack(DialogTestKit.properties(prefix, "bench"), client, null)) {
            ConversationKey key = new ConversationKey(UUID.randomUUID(), UUID.randomUUID());
            stack.dialogs().load(key).block(Duration.ofSeconds(5));
            List<Integer> report = List.of(1, 5, 10, 20, 50, 100, 300, 500);
            long[] at300 = new long[2];
            System.out.printf("%n| turn | bytes sent | bytes received | total | vs turn 10 |%n|---|---|---|---|---|%n");
            long total10 = 0;
            for (int seq = 1; seq <= 500; seq++) {
                long sent = wire.sent();
                long received = wire.received();
                Dialog loaded = stack.dialogs().load(key).block(Duration.ofSeconds(5));
                Turn turn = DialogTestKit.nextTurn(loaded);
                stack.dialogs()
                        .append(loaded, turn, DialogTestKit.domainAfter(turn))
                        .block(Duration.ofSeconds(5));
                long s = wire.sent() - sent;
                long r = wire.received() - received;
                if (seq == 10) {
                    total10 = s + r;
                }
                if (seq == 300) {
                    at300[0] = s;
                    at300[1] = r;
                }
                if (report.contains(seq)) {
                    System.out.printf(
                            "| %d | %d | %d | %d | %s |%n",
                            seq, s, r, s + r, seq < 10 ? "" : "%.3f×".formatted((s + r) / (double) total10));
                }
            }
            return at300;
        } finally {
            client.shutdown();
            resources.shutdown();
        }
    }

    interface Workload {
        Runnable prepare(int worker) throws Exception;
    }

    record Result(String name, double perSecond, double p50Micros, double p99Micros) {}

    private static Result run(String name, int seconds, int concurrency, Workload workload) throws Exception {
        List<Runnable> ops = new ArrayList<>();
        for (int w = 0; w < concurrency; w++) {
            ops.add(workload.prepare(w));
        }
        for (Runnable op : ops) {
            for (int i = 0; i < 50; i++) {
                op.run(); // warm-up
            }
        }
        LongAdder done = new LongAdder();
        List<long[]> latencies = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        for (Runnable op : ops) {
            long[] samples = new long[2_000_000];
            latencies.add(samples);
            threads.add(Thread.ofVirtual().start(() -> {
                int n = 0;
                while (System.nanoTime() < end && n < samples.length) {
                    long t0 = System.nanoTime();
                    op.run();
                    samples[n++] = System.nanoTime() - t0;
                    done.increment();
                }
                samples[samples.length - 1] = n;
            }));
        }
        for (Thread t : threads) {
            t.join();
        }
        long[] all = latencies.stream()
                .flatMapToLong(s -> Arrays.stream(s, 0, (int) s[s.length - 1]))
                .sorted()
                .toArray();
        Result result = new Result(
                name,
                done.sum() / (double) seconds,
                all[all.length / 2] / 1_000.0,
                all[(int) (all.length * 0.99)] / 1_000.0);
        System.out.printf(
                "%n%s: %.0f turns/s, p50 %.0f µs, p99 %.0f µs (%d turns)%n",
                name, result.perSecond(), result.p50Micros(), result.p99Micros(), all.length);
        return result;
    }
}
