package io.switchboard.platform.conversations;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The conversation API's settings ({@code switchboard.chat.*}).
 *
 * @param maxReplyTokens the longest reply the model may write in one turn
 * @param idempotencyTtl how long an {@code Idempotency-Key} and its result are remembered
 * @param widgetSessionTtl how long a widget session token is valid
 * @param widgetPerIpPerMinute anonymous widget requests allowed per client address and minute
 * @param widgetPerSessionPerMinute widget messages allowed per session and minute
 * @param widgetTokenSecret the HMAC key that signs widget session tokens; empty: a random key per process
 *     (set it when running more than one replica)
 * @param maxPreparingTurns turns one replica prepares at once (lock, state, quota, inbound step) before it refuses
 *     more with 503 and {@code Retry-After}; streaming replies do not count
 */
@Validated
@ConfigurationProperties("switchboard.chat")
public record ChatProperties(
        @Min(1) @Max(8192) @DefaultValue("256") int maxReplyTokens,
        @NotNull @DefaultValue("24h") Duration idempotencyTtl,
        @NotNull @DefaultValue("30m") Duration widgetSessionTtl,
        @Min(1) @DefaultValue("60") int widgetPerIpPerMinute,
        @Min(1) @DefaultValue("20") int widgetPerSessionPerMinute,
        @DefaultValue("") String widgetTokenSecret,
        @Min(1) @DefaultValue("64") int maxPreparingTurns) {}
