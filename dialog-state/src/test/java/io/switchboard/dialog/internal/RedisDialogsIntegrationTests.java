package io.switchboard.dialog.internal;

import static io.switchboard.dialog.internal.DialogTestKit.domainAfter;
import static io.switchboard.dialog.internal.DialogTestKit.nextTurn;
import static org.assertj.core.api.Assertions.assertThat;

import io.lettuce.core.RedisClient;
import io.lettuce.core.ScanArgs;
import io.lettuce.core.api.StatefulRedisConnection;
import io.switchboard.dialog.ConversationErasedException;
import io.switchboard.dialog.ConversationKey;
import io.switchboard.dialog.Dialog;
import io.switchboard.dialog.DialogBusyException;
import io.switchboard.dialog.DialogConflictException;
import io.switchboard.dialog.Dialogs;
import io.switchboard.dialog.DomainState;
import io.switchboard.dialog.Exchange;
import io.switchboard.dialog.InvalidTurnException;
import io.switchboard.dialog.Origin;
import io.switchboard.dialog.Turn;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;
import reactor.util.retry.Retry;

class RedisDialogsIntegrationTests {

    private static final Duration BOUND = Duration.ofSeconds(10);

    private final String prefix = DialogTestKit.randomPrefix("dialogs");
    private final ConversationKey key = DialogTestKit.conversation(UUID.randomUUID());
    private RedisClient client;
    private DialogStack stack;
    private Dialogs dialogs;
    private StatefulRedisConnection<String, byte[]> inspect;

    @BeforeEach
    void start() {
        client = DialogTestKit.redis(DialogTestKit.sharedRedisUri());
        stack = DialogTestKit.stack(DialogTestKit.properties(prefix, "c1"), client, null);
        dialogs = stack.dialogs();
        inspect = client.connect(DialogStack.CODEC);
    }

    @AfterEach
    void cleanUp() {
        List<String> mine = inspect.sync()
                .scan(ScanArgs.Builder.matches(prefix + ":*").limit(1000))
                .getKeys();
        if (!mine.isEmpty()) {
            inspect.sync().del(mine.toArray(String[]::new));
        }
        inspect.close();
        stack.close();
        client.shutdown();
    }

    @Test
    void appendedTurnComesBackOnTheNextLoad() {
        Dialog fresh = dialogs.load(key).block(BOUND);
        assertThat(fresh.origin()).isEqualTo(Origin.NEW);
        Turn turn = nextTurn(fresh);

        Dialog saved = dialogs.append(fresh, turn, domainAfter(turn)).block(BOUND);

        StepVerifier.create(dialogs.load(key))
                .assertNext(loaded -> {
                    assertThat(loaded.origin()).isEqualTo(Origin.LIVE);
                    assertThat(loaded.version()).isEqualTo(1).isEqualTo(saved.version());
                    assertThat(loaded.window()).containsExactly(turn.exchange());
                    assertThat(loaded.domainState()).isEqualTo(domainAfter(turn));
                    assertThat(loaded.counters().turns()).isEqualTo(1);
                    assertThat(loaded.counters().promptTokens()).isEqualTo(turn.promptTokens());
                    assertThat(loaded).isEqualTo(saved);
                })
                .expectComplete()
                .verify(BOUND);
    }

    @Test
    void staleSaveIsRefusedAsConflictAndWritesNothing() {
        Dialog first = dialogs.load(key).block(BOUND);
        Turn turn = nextTurn(first);
        dialogs.append(first, turn, domainAfter(turn)).block(BOUND);

        StepVerifier.create(dialogs.append(first, turn, DomainState.EMPTY))
                .expectErrorSatisfies(e -> assertThat(e).isInstanceOfSatisfying(DialogConflictException.class, c -> {
                    assertThat(c.expectedVersion()).isZero();
                    assertThat(c.actualVersion()).isEqualTo(1);
                    assertThat(c.retryable()).isTrue();
                }))
                .verify(BOUND);
        assertThat(dialogs.load(key).block(BOUND).counters().turns()).isEqualTo(1);
        assertThat(inspect.sync().xlen(prefix + ":outbox")).isEqualTo(1);
    }

    @Test
    void aBegunTurnRefusesTheNextUntilItIsAppended() {
        Dialog first = dialogs.begin(key, Duration.ofMinutes(1)).block(BOUND);
        assertThat(first.turn()).isNotBlank();
        assertThat(first.origin()).isEqualTo(Origin.NEW);

        StepVerifier.create(dialogs.begin(key, Duration.ofMinutes(1)))
                .expectErrorSatisfies(e -> assertThat(e)
                        .isInstanceOf(DialogBusyException.class)
                        .satisfies(busy -> assertThat(((DialogBusyException) busy).retryable())
                                .isTrue()))
                .verify(BOUND);
        // a plain load is a read, never refused
        assertThat(dialogs.load(key).block(BOUND).turn()).isNull();

        Turn turn = nextTurn(first);
        Dialog saved = dialogs.append(first, turn, domainAfter(turn)).block(BOUND);
        assertThat(saved.turn()).isNull();

        // the save ended the turn in its own round trip: the next one begins at once and sees the first
        Dialog second = dialogs.begin(key, Duration.ofMinutes(1)).block(BOUND);
        assertThat(second.turn()).isNotBlank().isNotEqualTo(first.turn());
        assertThat(second.window()).containsExactly(turn.exchange());
        assertThat(inspect.sync().exists(prefix + ":" + key.tenantId() + ":conv:" + key.conversationId() + ":turn"))
                .isOne();
    }

    @Test
    void aReleasedTurnLetsTheNextBeginAndAConflictStillEndsTheTurn() {
        Dialog refused = dialogs.begin(key, Duration.ofMinutes(1)).block(BOUND);
        dialogs.release(refused).block(BOUND);
        Dialog next = dialogs.begin(key, Duration.ofMinutes(1)).block(BOUND);
        // releasing a turn no longer held (here: already released) leaves the holder's lease alone
        dialogs.release(refused).block(BOUND);
        StepVerifier.create(dialogs.begin(key, Duration.ofMinutes(1)))
                .expectError(DialogBusyException.class)
                .verify(BOUND);

        // a save that loses the version check has still ended its turn
        Turn turn = nextTurn(next);
        dialogs.append(dialogs.load(key).block(BOUND), turn, domainAfter(turn)).block(BOUND);
        StepVerifier.create(dialogs.append(next, turn, domainAfter(turn)))
                .expectError(DialogConflictException.class)
                .verify(BOUND);
        assertThat(dialogs.begin(key, Duration.ofMinutes(1))
                        .block(BOUND)
                        .counters()
                        .turns())
                .isEqualTo(1);
    }

    @Test
    void aLeaseThatRanOutLetsTheNextTurnBeginAndTheVersionStillGuardsTheState() {
        Dialog crashed = dialogs.begin(key, Duration.ofMillis(200)).block(BOUND);
        StepVerifier.create(dialogs.begin(key, Duration.ofMinutes(1)))
                .expectError(DialogBusyException.class)
                .verify(BOUND);

        // the replica holding it died: its lease runs out and the conversation goes on
        Dialog next = Mono.defer(() -> dialogs.begin(key, Duration.ofMinutes(1)))
                .retryWhen(Retry.fixedDelay(50, Duration.ofMillis(20)).filter(DialogBusyException.class::isInstance))
                .block(BOUND);
        Turn turn = nextTurn(next);
        dialogs.append(next, turn, domainAfter(turn)).block(BOUND);

        // if the first one comes back after all, its save is refused rather than overwriting the newer turn
        StepVerifier.create(dialogs.append(crashed, nextTurn(crashed), DomainState.EMPTY))
                .expectError(DialogConflictException.class)
                .verify(BOUND);
        assertThat(dialogs.load(key).block(BOUND).counters().turns()).isEqualTo(1);
    }

    @Test
    void concurrentTurnsOnOneConversationNeverLoseOrInterleave() {
        AtomicInteger conflicts = new AtomicInteger();
        int writers = 6;
        int turnsEach = 10;

        Flux.range(0, writers)
                .flatMap(w -> Flux.range(0, turnsEach).concatMap(i -> appendOne(conflicts)), writers)
                .then()
                .block(Duration.ofSeconds(60));

        Dialog last = dialogs.load(key).block(BOUND);
        assertThat(conflicts).as("the writers really raced").hasPositiveValue();
        assertThat(last.counters().turns()).isEqualTo(writers * turnsEach);
        assertThat(last.version()).isEqualTo(writers * turnsEach);
        assertThat(last.window().stream().map(Exchange::seq).toList())
                .containsExactlyElementsOf(IntStream.rangeClosed(53, 60).boxed().toList());
        List<Integer> outboxSeqs =
                inspect.sync().xrange(prefix + ":outbox", io.lettuce.core.Range.create("-", "+")).stream()
                        .map(m -> new StateCodec().turn(m.getBody().get("turn")).seq())
                        .toList();
        assertThat(outboxSeqs)
                .containsExactlyElementsOf(IntStream.rangeClosed(1, 60).boxed().toList());
    }

    private Mono<Dialog> appendOne(AtomicInteger conflicts) {
        return Mono.defer(() -> dialogs.load(key).flatMap(d -> {
                    Turn turn = nextTurn(d);
                    return dialogs.append(d, turn, domainAfter(turn));
                }))
                .doOnError(DialogConflictException.class, e -> conflicts.incrementAndGet())
                .retryWhen(Retry.max(1_000).filter(DialogConflictException.class::isInstance));
    }

    @Test
    void badTurnsAreRefusedWithAClearError() {
        Dialog fresh = dialogs.load(key).block(BOUND);
        Turn turn = nextTurn(fresh);
        Turn skipped = new Turn(3, turn.user(), turn.reply(), List.of(), null, 1, java.util.Map.of(), null, true);

        StepVerifier.create(dialogs.append(fresh, skipped, DomainState.EMPTY))
                .expectErrorSatisfies(e ->
                        assertThat(e).isInstanceOf(InvalidTurnException.class).hasMessageContaining("expects turn 1"))
                .verify(BOUND);
        DomainState huge = new DomainState("x".repeat(20_000), "");
        StepVerifier.create(dialogs.append(fresh, turn, huge))
                .expectErrorSatisfies(e ->
                        assertThat(e).isInstanceOf(InvalidTurnException.class).hasMessageContaining("domain state"))
                .verify(BOUND);
        assertThat(inspect.sync().exists(prefix + ":outbox")).isZero();

        // refused before anything was written, a begun turn is over all the same: the next message may begin
        Dialog begun = dialogs.begin(key, Duration.ofMinutes(1)).block(BOUND);
        StepVerifier.create(dialogs.append(begun, skipped, DomainState.EMPTY))
                .expectError(InvalidTurnException.class)
                .verify(BOUND);
        assertThat(dialogs.begin(key, Duration.ofMinutes(1)).block(BOUND).turn())
                .isNotBlank();
    }

    @Test
    void erasedConversationRefusesLoadsAndLateTurns() {
        Dialog fresh = dialogs.load(key).block(BOUND);
        Turn turn = nextTurn(fresh);
        Dialog saved = dialogs.append(fresh, turn, domainAfter(turn)).block(BOUND);

        dialogs.erase(key).block(BOUND);

        StepVerifier.create(dialogs.load(key))
                .expectError(ConversationErasedException.class)
                .verify(BOUND);
        Turn late = nextTurn(saved);
        StepVerifier.create(dialogs.append(saved, late, DomainState.EMPTY))
                .expectError(ConversationErasedException.class)
                .verify(BOUND);
        KeyLayout keys = new KeyLayout(prefix);
        assertThat(inspect.sync().exists(keys.meta(key), keys.window(key))).isZero();
    }

    @Test
    void bytesPerTurnDoNotGrowWithTheConversation() {
        WireBytes wire = new WireBytes();
        var resources = wire.resources();
        RedisClient counted = DialogTestKit.redis(DialogTestKit.sharedRedisUri(), resources);
        try (DialogStack measured = DialogTestKit.stack(DialogTestKit.properties(prefix, "c1"), counted, null)) {
            Dialogs store = measured.dialogs();
            store.load(key).block(BOUND); // warm up: connection handshake and script cache
            long[] bytesAt = new long[501];
            for (int seq = 1; seq <= 500; seq++) {
                long before = wire.total();
                Dialog loaded = store.load(key).block(BOUND);
                Turn turn = nextTurn(loaded);
                store.append(loaded, turn, domainAfter(turn)).block(BOUND);
                bytesAt[seq] = wire.total() - before;
            }
            System.err.printf(
                    "bytes per turn: 1=%d 5=%d 10=%d 20=%d 50=%d 300=%d 500=%d%n",
                    bytesAt[1], bytesAt[5], bytesAt[10], bytesAt[20], bytesAt[50], bytesAt[300], bytesAt[500]);
            assertThat(bytesAt[300]).isLessThanOrEqualTo((long) (bytesAt[10] * 1.2));
            assertThat(bytesAt[500]).isLessThanOrEqualTo((long) (bytesAt[10] * 1.2));
            assertThat(store.load(key).block(BOUND).window()).hasSize(8);
        } finally {
            counted.shutdown();
            resources.shutdown();
        }
    }
}
