package io.switchboard.inference.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.switchboard.inference.ChatChunk;
import io.switchboard.inference.ChatReply;
import io.switchboard.inference.InferenceRejectedException;
import io.switchboard.inference.NoWorkerAvailableException;
import io.switchboard.inference.StreamInterruptedException;
import io.switchboard.inference.Usage;
import io.switchboard.testing.fakeworker.Behaviour;
import io.switchboard.testing.fakeworker.ErrorShape;
import io.switchboard.testing.fakeworker.Failure;
import io.switchboard.testing.fakeworker.FakeWorker;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import reactor.test.StepVerifier;

/** One real worker over HTTP: what a caller receives for whole replies, refusals and streams that break. */
class StreamingIntegrationTests {

    private final List<AutoCloseable> closing = new ArrayList<>();

    @AfterEach
    void close() throws Exception {
        for (AutoCloseable c : closing.reversed()) {
            c.close();
        }
    }

    private <T extends AutoCloseable> T closing(T resource) {
        closing.add(resource);
        return resource;
    }

    private InferenceAdapter adapterFor(FakeWorker... workers) {
        return closing(Fixtures.adapter(
                List.of(workers).stream().map(FakeWorker::baseUrl).toList()));
    }

    @Test
    void streamsTheWholeReplyThenItsFinishReasonAndUsage() {
        FakeWorker worker = closing(FakeWorker.start(Behaviour.defaults().withTokens(5)));
        InferenceAdapter adapter = adapterFor(worker);

        List<ChatChunk> chunks = adapter.completions().stream(Fixtures.request("c1"))
                .collectList()
                .block(Duration.ofSeconds(10));

        assertThat(Fixtures.text(chunks)).isEqualTo(FakeWorker.expectedText(5));
        assertThat(chunks).anySatisfy(chunk -> assertThat(chunk.finishReason()).isEqualTo("stop"));
        assertThat(chunks.getLast().usage())
                .isNotNull()
                .extracting(Usage::completionTokens)
                .isEqualTo(5);
        assertThat(chunks).allSatisfy(chunk -> assertThat(chunk.worker()).isEqualTo(worker.baseUrl()));
    }

    @Test
    void consecutiveRepliesReuseOneConnection() {
        FakeWorker worker = closing(FakeWorker.start(Behaviour.defaults().withTokens(5)));
        InferenceAdapter adapter = adapterFor(worker);

        for (int i = 0; i < 20; i++) {
            List<ChatChunk> chunks = adapter.completions().stream(Fixtures.request("c" + i))
                    .collectList()
                    .block(Duration.ofSeconds(10));
            assertThat(Fixtures.text(chunks)).isEqualTo(FakeWorker.expectedText(5));
            // Reactor Netty signals the end of a body before it hands the connection back to its pool (the next step
            // on the same event loop): a request sent in that instant takes a new connection. A conversation's next
            // turn comes after the user reads this one; a moment's pause stands for that
            LockSupport.parkNanos(Duration.ofMillis(20).toNanos());
        }

        // one connection for the replies, at most one more for a health check that ran alongside
        assertThat(worker.stats().completed()).isEqualTo(20);
        assertThat(worker.stats().connections()).isLessThanOrEqualTo(2);
    }

    @Test
    void honoursMaxTokens() {
        FakeWorker worker = closing(FakeWorker.start(Behaviour.defaults().withTokens(10)));
        List<ChatChunk> chunks = adapterFor(worker).completions().stream(
                        Fixtures.request("c1").withMaxTokens(3))
                .collectList()
                .block(Duration.ofSeconds(10));
        assertThat(Fixtures.text(chunks)).isEqualTo(FakeWorker.expectedText(3));
        assertThat(chunks).anySatisfy(chunk -> assertThat(chunk.finishReason()).isEqualTo("length"));
    }

    @Test
    void completesWithoutStreaming() {
        FakeWorker worker = closing(FakeWorker.start(Behaviour.defaults().withTokens(4)));
        StepVerifier.create(adapterFor(worker).completions().complete(Fixtures.request("c1")))
                .assertNext(reply -> assertThat(reply)
                        .isEqualTo(new ChatReply(FakeWorker.expectedText(4), "stop", reply.usage(), worker.baseUrl())))
                .expectComplete()
                .verify(Duration.ofSeconds(10));
    }

    @ParameterizedTest
    @EnumSource(ErrorShape.class)
    void passesOnARefusalWithTheWorkersMessageAndDoesNotRetryIt(ErrorShape shape) {
        FakeWorker refusing = closing(FakeWorker.start(
                Behaviour.defaults().withFailure(Failure.BAD_REQUEST, 0).withErrorShape(shape)));
        FakeWorker other = closing(FakeWorker.start(Behaviour.defaults()));
        InferenceAdapter adapter = adapterFor(refusing, other);
        other.behave(b -> b.withFailure(Failure.BAD_REQUEST, 0).withErrorShape(shape));

        StepVerifier.create(adapter.completions().stream(Fixtures.request("c1")))
                .expectErrorSatisfies(error -> assertThat(error)
                        .isInstanceOfSatisfying(
                                InferenceRejectedException.class,
                                rejected -> assertThat(rejected.status()).isEqualTo(400))
                        .hasMessageContaining("bad request"))
                .verify(Duration.ofSeconds(10));
        assertThat(refusing.stats().requests() + other.stats().requests()).isEqualTo(1);
    }

    @ParameterizedTest
    @EnumSource(ErrorShape.class)
    void endsWithAnErrorWhenAnErrorEventArrivesMidStream(ErrorShape shape) {
        FakeWorker worker = closing(FakeWorker.start(
                Behaviour.defaults().withFailure(Failure.ERROR_EVENT, 3).withErrorShape(shape)));
        FakeWorker spare = closing(FakeWorker.start(Behaviour.defaults()));
        InferenceAdapter adapter = adapterFor(worker, spare);
        spare.behave(worker.behaviour());

        StepVerifier.create(adapter.completions().stream(Fixtures.request("c1")).map(ChatChunk::text))
                .expectNext("w0 ", "w1 ", "w2 ")
                .expectErrorSatisfies(error -> assertThat(error)
                        .isInstanceOfSatisfying(
                                StreamInterruptedException.class,
                                interrupted -> assertThat(interrupted.chunksDelivered())
                                        .isEqualTo(3))
                        .hasMessageContaining("generation failed"))
                .verify(Duration.ofSeconds(10));
        assertThat(worker.stats().requests() + spare.stats().requests())
                .as("after the first token nothing is retried, so no text is repeated")
                .isEqualTo(1);
    }

    @ParameterizedTest
    @EnumSource(
            value = Failure.class,
            names = {"DROP", "MALFORMED", "HANG"})
    void endsWithAnErrorNeverASilentEndWhenTheStreamBreaks(Failure failure) {
        FakeWorker worker = closing(FakeWorker.start(Behaviour.defaults().withFailure(failure, 2)));
        StepVerifier.create(adapterFor(worker).completions().stream(Fixtures.request("c1"))
                        .map(ChatChunk::text))
                .expectNext("w0 ", "w1 ")
                .expectError(StreamInterruptedException.class)
                .verify(Duration.ofSeconds(10));
    }

    @Test
    void aStreamSlowerThanTheStallTimeoutInTotalButNotBetweenTokensCompletes() {
        // five tokens 400 ms apart: 2 s in all, twice the stall timeout, each gap well within it
        FakeWorker worker = closing(
                FakeWorker.start(Behaviour.defaults().withTokens(5).withInterTokenDelay(Duration.ofMillis(400))));
        InferenceAdapter adapter = closing(
                Fixtures.adapter(List.of(worker.baseUrl()), "first-token-timeout", "1s", "stall-timeout", "1s"));

        StepVerifier.create(adapter.completions().stream(Fixtures.request("c1")).map(ChatChunk::text))
                .recordWith(ArrayList::new)
                .thenConsumeWhile(text -> true)
                .consumeRecordedWith(texts -> assertThat(String.join("", texts)).isEqualTo(FakeWorker.expectedText(5)))
                .expectComplete()
                .verify(Duration.ofSeconds(20));
    }

    @Test
    void aGapLongerThanTheStallTimeoutCutsTheStream() {
        FakeWorker worker = closing(
                FakeWorker.start(Behaviour.defaults().withTokens(5).withInterTokenDelay(Duration.ofMillis(1500))));
        InferenceAdapter adapter = closing(
                Fixtures.adapter(List.of(worker.baseUrl()), "first-token-timeout", "5s", "stall-timeout", "1s"));

        StepVerifier.create(adapter.completions().stream(Fixtures.request("c1")))
                .thenConsumeWhile(chunk -> true)
                .expectErrorSatisfies(error -> assertThat(error)
                        .isInstanceOf(StreamInterruptedException.class)
                        .hasMessageContaining("no token for"))
                .verify(Duration.ofSeconds(20));
    }

    @Test
    void theDeadlineBoundsTheWholeStreamNotEachToken() {
        FakeWorker worker = closing(
                FakeWorker.start(Behaviour.defaults().withTokens(100).withInterTokenDelay(Duration.ofMillis(200))));
        InferenceAdapter adapter =
                closing(Fixtures.adapter(List.of(worker.baseUrl()), "deadline", "1500ms", "stall-timeout", "5s"));

        StepVerifier.create(adapter.completions().stream(Fixtures.request("c1")))
                .thenConsumeWhile(chunk -> true)
                .expectErrorSatisfies(error -> assertThat(error)
                        .isInstanceOf(StreamInterruptedException.class)
                        .hasMessageContaining("deadline"))
                .verify(Duration.ofSeconds(20));
    }

    @Test
    void aDeadlineThatPassesBeforeTheFirstTokenSaysNoWorkerAnswered() {
        FakeWorker worker = closing(FakeWorker.start(Behaviour.defaults().withFirstTokenDelay(Duration.ofSeconds(10))));
        InferenceAdapter adapter =
                closing(Fixtures.adapter(List.of(worker.baseUrl()), "deadline", "1s", "first-token-timeout", "5s"));

        StepVerifier.create(adapter.completions().stream(Fixtures.request("c1")))
                .expectErrorSatisfies(error -> assertThat(error)
                        .isInstanceOf(NoWorkerAvailableException.class)
                        .hasMessageContaining("deadline"))
                .verify(Duration.ofSeconds(20));
        await().atMost(Duration.ofSeconds(10)).until(() -> worker.stats().running() == 0);
    }
}
