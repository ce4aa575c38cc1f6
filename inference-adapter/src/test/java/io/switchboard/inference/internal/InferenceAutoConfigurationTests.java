package io.switchboard.inference.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.switchboard.inference.ChatCompletions;
import io.switchboard.inference.PoolLoad;
import io.switchboard.testing.fakeworker.Behaviour;
import io.switchboard.testing.fakeworker.FakeWorker;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class InferenceAutoConfigurationTests {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(InferenceAutoConfiguration.class))
            .withBean(MeterRegistry.class, SimpleMeterRegistry::new);

    @Test
    void givesTheApplicationAWorkingPortFromItsProperties() {
        Fixtures.warmUp();
        try (FakeWorker worker = FakeWorker.start(Behaviour.defaults().withTokens(3))) {
            runner.withPropertyValues("switchboard.inference.workers=" + worker.baseUrl())
                    .run(context -> {
                        assertThat(context).hasSingleBean(ChatCompletions.class).hasSingleBean(PoolLoad.class);
                        String text = context.getBean(ChatCompletions.class)
                                .complete(Fixtures.request("c1"))
                                .block(Duration.ofSeconds(30))
                                .text();
                        assertThat(text).isEqualTo(FakeWorker.expectedText(3));
                        assertThat(context.getBean(MeterRegistry.class)
                                        .find("switchboard.inference.in.flight")
                                        .gauge())
                                .isNotNull();
                    });
        }
    }

    @Test
    void refusesToStartWithoutWorkers() {
        runner.run(context -> assertThat(context)
                .hasFailed()
                .getFailure()
                .rootCause()
                .hasMessageContaining("switchboard.inference needs workers"));
    }

    @Test
    void isFoundByBootsAutoConfigurationImports() {
        assertThat(getClass()
                        .getResourceAsStream(
                                "/META-INF/spring/org.springframework.boot.autoconfigure.AutoConfiguration.imports"))
                .asString(java.nio.charset.StandardCharsets.UTF_8)
                .contains(InferenceAutoConfiguration.class.getName());
    }
}
