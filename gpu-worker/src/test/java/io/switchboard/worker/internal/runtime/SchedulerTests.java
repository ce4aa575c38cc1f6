package io.switchboard.worker.internal.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.switchboard.worker.internal.checkpoint.CheckpointMaker;
import io.switchboard.worker.internal.checkpoint.ModelPreset;
import io.switchboard.worker.internal.checkpoint.TensorType;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Continuous batching: joining and leaving sequences get the tokens they would get alone; bounds are enforced. */
class SchedulerTests {

    @TempDir
    static Path dir;

    static ModelRuntime runtime;

    @BeforeAll
    static void load() throws Exception {
        new CheckpointMaker(ModelPreset.TINY, TensorType.F32, 1, 5).write(dir);
        runtime = ModelRuntime.load(
                dir,
                RuntimeOptions.defaults()
                        .withDevice("cpu")
                        .withQuantization(Quantization.NONE)
                        .withMaxBatch(2)
                        .withMaxModelLen(1024)
                        .withPrefillChunk(3));
    }

    @AfterAll
    static void close() {
        runtime.close();
    }

    /** Collects a sequence's tokens. */
    static final class Collector implements SequenceListener {
        final List<Long> tokens = new CopyOnWriteArrayList<>();
        final CompletableFuture<Completion> done = new CompletableFuture<>();

        @Override
        public void onToken(TokenEvent token) {
            if (token.tokenId() >= 0) {
                tokens.add(token.tokenId());
            }
        }

        @Override
        public void onComplete(Completion completion) {
            done.complete(completion);
        }

        @Override
        public void onError(RuntimeException error) {
            done.completeExceptionally(error);
        }
    }

    @Test
    void sequencesBatchedTogetherGetTheTokensTheyWouldGetAlone() throws Exception {
        List<long[]> prompts =
                List.of(new long[] {1, 9, 8, 7, 6, 5, 4}, new long[] {1, 70}, new long[] {1, 300, 301, 302, 303});
        List<List<Long>> alone = new ArrayList<>();
        for (long[] p : prompts) {
            alone.add(Generation.greedy(runtime, List.of(p), 10).getFirst());
        }
        try (Scheduler scheduler = new Scheduler(runtime, new WorkerMetrics(), 8)) {
            List<Collector> collectors = new ArrayList<>();
            for (long[] p : prompts) {
                Collector c = new Collector();
                scheduler.submit(p, SamplingParams.greedy(10), c);
                collectors.add(c);
            }
            for (int i = 0; i < prompts.size(); i++) {
                Completion completion = collectors.get(i).done.get(60, TimeUnit.SECONDS);
                assertThat(completion.finishReason()).isEqualTo("length");
                assertThat(collectors.get(i).tokens).isEqualTo(alone.get(i));
            }
        }
    }

    @Test
    void aFullQueueIsRefusedAndACancelledSequenceLeavesByTheNextStep() throws Exception {
        try (Scheduler scheduler = new Scheduler(runtime, new WorkerMetrics(), 1)) {
            Collector a = new Collector();
            Collector b = new Collector();
            var ha = scheduler.submit(new long[] {1, 2}, SamplingParams.greedy(900), a);
            await().atMost(Duration.ofSeconds(20)).until(() -> scheduler.running() == 1);
            var hb = scheduler.submit(new long[] {1, 3}, SamplingParams.greedy(900), b);
            await().atMost(Duration.ofSeconds(20)).until(() -> scheduler.running() == 2);
            scheduler.submit(new long[] {1, 4}, SamplingParams.greedy(900), new Collector());
            assertThatThrownBy(() -> scheduler.submit(new long[] {1, 5}, SamplingParams.greedy(5), new Collector()))
                    .isInstanceOf(QueueFullException.class);

            ha.cancel();
            assertThat(a.done.get(10, TimeUnit.SECONDS).finishReason()).isEqualTo("cancelled");
            await().atMost(Duration.ofSeconds(10)).until(() -> scheduler.waiting() == 0 && scheduler.running() == 2);
            hb.cancel();
            assertThat(b.done.get(10, TimeUnit.SECONDS).finishReason()).isEqualTo("cancelled");
        }
    }

    @Test
    void drainingRefusesNewRequestsAndLetsRunningOnesFinish() throws Exception {
        try (Scheduler scheduler = new Scheduler(runtime, new WorkerMetrics(), 4)) {
            Collector running = new Collector();
            scheduler.submit(new long[] {1, 8}, SamplingParams.greedy(12), running);
            assertThat(scheduler.drain(Duration.ofSeconds(60))).isTrue();
            assertThat(running.done.get(1, TimeUnit.SECONDS).completionTokens()).isEqualTo(12);
            assertThat(scheduler.draining()).isTrue();
            assertThatThrownBy(() -> scheduler.submit(new long[] {1, 9}, SamplingParams.greedy(2), new Collector()))
                    .isInstanceOf(DrainingException.class);
        }
    }

    @Test
    void stopStringsEndTheSequenceBeforeTheStop() throws Exception {
        try (Scheduler scheduler = new Scheduler(runtime, new WorkerMetrics(), 4)) {
            Collector probe = new Collector();
            scheduler.submit(new long[] {1, 42}, SamplingParams.greedy(8), probe);
            probe.done.get(30, TimeUnit.SECONDS);
            String full = runtime.codec()
                    .decode(probe.tokens.stream().mapToLong(Long::longValue).toArray());
            String stop = full.substring(full.length() / 2, full.length() / 2 + 1);
            TextCollector text = new TextCollector();
            scheduler.submit(new long[] {1, 42}, new SamplingParams(0, 1, 0, null, 8, List.of(stop), -1), text);
            assertThat(text.done.get(30, TimeUnit.SECONDS).finishReason()).isEqualTo("stop");
            assertThat(text.text.toString()).isEqualTo(full.substring(0, full.indexOf(stop)));
        }
    }

    static final class TextCollector implements SequenceListener {
        final StringBuffer text = new StringBuffer();
        final CompletableFuture<Completion> done = new CompletableFuture<>();

        @Override
        public void onToken(TokenEvent token) {
            text.append(token.text());
        }

        @Override
        public void onComplete(Completion completion) {
            done.complete(completion);
        }

        @Override
        public void onError(RuntimeException error) {
            done.completeExceptionally(error);
        }
    }
}
