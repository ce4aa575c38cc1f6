package io.switchboard.platform.wiring;

import static org.assertj.core.api.Assertions.assertThat;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import tools.jackson.core.util.JsonRecyclerPools;
import tools.jackson.databind.json.JsonMapper;

class JsonWiringTests {

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(JacksonAutoConfiguration.class))
            .withUserConfiguration(JsonWiring.class)
            .withPropertyValues("spring.jackson.default-property-inclusion=non_null");

    record Reply(String text, @Nullable String note) {}

    @Test
    void theMapperRecyclesBuffersPerThreadAndKeepsBootsSettings() {
        context.run(beans -> {
            JsonMapper json = beans.getBean(JsonMapper.class);

            assertThat(json.tokenStreamFactory()._getRecyclerPool()).isSameAs(JsonRecyclerPools.threadLocalPool());
            // Boot's customizers still apply: the configured inclusion leaves the null out
            assertThat(json.writeValueAsString(new Reply("hi", null))).isEqualTo("{\"text\":\"hi\"}");
        });
    }
}
