package io.switchboard.dialog.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.dialog.ConversationKey;
import io.switchboard.dialog.Dialogs;
import io.switchboard.dialog.Origin;
import java.time.Duration;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.util.unit.DataSize;

class DialogAutoConfigurationIntegrationTests {

    private final String prefix = DialogTestKit.randomPrefix("autoconfig");
    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(DialogAutoConfiguration.class))
            .withPropertyValues(
                    "spring.data.redis.url=" + DialogTestKit.sharedRedisUri(),
                    "switchboard.dialog.key-prefix=" + prefix);

    @AfterEach
    void cleanUp() {
        DialogTestKit.deleteKeys(DialogTestKit.sharedRedisUri(), prefix);
    }

    @Test
    void buildsAWorkingStoreFromItsPropertiesWithTypedValues() {
        runner.withPropertyValues(
                        "switchboard.dialog.idle-ttl=2h",
                        "switchboard.dialog.max-turn-size=1KB",
                        "switchboard.dialog.window.max-turns=5")
                .run(context -> {
                    assertThat(context).hasNotFailed().hasSingleBean(Dialogs.class);
                    DialogProperties properties = context.getBean(DialogProperties.class);
                    assertThat(properties.idleTtl()).isEqualTo(Duration.ofHours(2));
                    assertThat(properties.maxTurnSize()).isEqualTo(DataSize.ofKilobytes(1));
                    assertThat(properties.window().maxTurns()).isEqualTo(5);
                    assertThat(properties.window().maxTokens()).isEqualTo(2048);
                    assertThat(properties.outbox().claimIdle()).isEqualTo(Duration.ofSeconds(30));
                    assertThat(properties.outbox().linger()).isEqualTo(Duration.ofMillis(20));
                    ConversationKey key = new ConversationKey(UUID.randomUUID(), UUID.randomUUID());
                    assertThat(context.getBean(Dialogs.class)
                                    .load(key)
                                    .block(Duration.ofSeconds(10))
                                    .origin())
                            .isEqualTo(Origin.NEW);
                    assertThat(context.getBean(DialogStack.class).writer())
                            .as("no DataSource, no writer")
                            .isNull();
                });
    }

    @Test
    void startsTheTranscriptWriterWhenADataSourceIsPresent() {
        runner.withBean(DataSource.class, DialogTestKit::sharedSchema).run(context -> {
            assertThat(context).hasNotFailed();
            OutboxWriter writer = context.getBean(DialogStack.class).writer();
            assertThat(writer).isNotNull();
            assertThat(writer.isRunning()).isTrue();
        });
    }

    @Test
    void refusesToStartWithUnusableSettings() {
        runner.withPropertyValues("switchboard.dialog.window.summary-chars=10")
                .run(context ->
                        assertThat(context).hasFailed().getFailure().rootCause().hasMessageContaining("summary-chars"));
        runner.withPropertyValues("switchboard.dialog.command-timeout=500ms", "switchboard.dialog.outbox.block=1s")
                .run(context -> assertThat(context)
                        .hasFailed()
                        .getFailure()
                        .rootCause()
                        .hasMessageContaining("command-timeout"));
        runner.withPropertyValues("switchboard.dialog.outbox.linger=-1ms")
                .run(context ->
                        assertThat(context).hasFailed().getFailure().rootCause().hasMessageContaining("outbox.linger"));
    }
}
