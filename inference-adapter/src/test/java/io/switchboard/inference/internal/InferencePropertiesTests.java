package io.switchboard.inference.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class InferencePropertiesTests {

    @Test
    void bindsACommaSeparatedListWithTheDocumentedDefaults() {
        InferenceProperties properties =
                Fixtures.bind(Map.of("switchboard.inference.workers", "http://10.0.0.7:8000, http://10.0.0.8:8000/"));
        assertThat(properties.workers()).containsExactly("http://10.0.0.7:8000", "http://10.0.0.8:8000/");
        assertThat(properties.firstTokenTimeout()).isEqualTo(Duration.ofSeconds(2));
        assertThat(properties.stallTimeout()).isEqualTo(Duration.ofSeconds(5));
        assertThat(properties.retryBudgetRatio()).isEqualTo(0.2);
    }

    @Test
    void refusesSettingsWithoutWorkers() {
        assertThatThrownBy(() -> Fixtures.bind(Map.of("switchboard.inference.model", "m")))
                .hasRootCauseMessage(
                        "switchboard.inference needs workers (comma-separated base URLs) or dns-name (a headless service)");
    }

    @Test
    void refusesAWorkerThatIsNotAnHttpUrl() {
        assertThatThrownBy(() -> Fixtures.bind(Map.of("switchboard.inference.workers", "10.0.0.7:8000")))
                .rootCause()
                .hasMessageContaining("http(s) base URL");
    }

    @Test
    void refusesANonPositiveTimeout() {
        assertThatThrownBy(() -> Fixtures.bind(Map.of(
                        "switchboard.inference.workers", "http://w:1",
                        "switchboard.inference.first-token-timeout", "0s")))
                .rootCause()
                .hasMessageContaining("first-token-timeout must be positive");
    }
}
