package io.switchboard.platform;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * The platform's own settings ({@code switchboard.*}); each module binds its own {@code switchboard.<module>}.
 *
 * @param operatorKey the key that manages tenants; empty disables the operator API
 * @param maxBodySize the largest request body accepted; larger ones get 413
 * @param keyCacheTtl how long a key lookup is cached, which bounds how late a revocation takes effect
 * @param jdbcPoolSize connections to PostgreSQL, and threads of the scheduler that runs JDBC
 * @param secretsKey the AES-256 key, base64, that seals the secrets kept in PostgreSQL (required)
 * @param demo the demo tenant created by the run command
 */
@Validated
@ConfigurationProperties("switchboard")
public record PlatformProperties(
        @DefaultValue("") String operatorKey,
        @NotNull @DefaultValue("256KB") DataSize maxBodySize,
        @NotNull @DefaultValue("3s") Duration keyCacheTtl,
        @Min(1) @Max(200) @DefaultValue("10") int jdbcPoolSize,
        @DefaultValue("") String secretsKey,
        @Valid @NotNull @DefaultValue Demo demo) {

    /** The demo tenant: created once on an empty database; its keys are written to a local file. */
    public record Demo(
            @DefaultValue("false") boolean enabled,
            @DefaultValue("run/demo-keys.env") String keysFile) {}
}
