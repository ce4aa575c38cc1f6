package io.switchboard.platform.conversations;

import io.switchboard.platform.web.ApiProblem;
import io.switchboard.platform.web.ProblemType;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Rate limits for anonymous widget traffic, per client address and per session: at most the limit in any
 * sixty seconds (a sliding log of admitted requests per key in Redis, on Redis's clock, shared by every
 * replica). A fixed per-minute window would let twice the limit through across a minute's boundary.
 */
@Component
class WidgetLimits {

    private static final Duration WINDOW = Duration.ofMinutes(1);

    /** Admits when fewer than ARGV[1] requests were admitted in the last ARGV[2] ms: {1, 0}, else {0, ms to wait}. */
    private static final RedisScript<List> ADMIT = RedisScript.of("""
            local t = redis.call('TIME')
            local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
            local window = tonumber(ARGV[2])
            redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now - window)
            if redis.call('ZCARD', KEYS[1]) < tonumber(ARGV[1]) then
              redis.call('ZADD', KEYS[1], now, now .. ':' .. ARGV[3])
              redis.call('PEXPIRE', KEYS[1], window)
              return {1, 0}
            end
            local oldest = redis.call('ZRANGE', KEYS[1], 0, 0, 'WITHSCORES')
            return {0, tonumber(oldest[2]) + window - now}""", List.class);

    private final ReactiveStringRedisTemplate redis;
    private final ChatProperties properties;

    WidgetLimits(ReactiveStringRedisTemplate redis, ChatProperties properties) {
        this.redis = redis;
        this.properties = properties;
    }

    Mono<Void> perAddress(String address) {
        return check("sb:widget:ip:" + address, properties.widgetPerIpPerMinute(), "address");
    }

    Mono<Void> perSession(String conversationId) {
        return check("sb:widget:session:" + conversationId, properties.widgetPerSessionPerMinute(), "session");
    }

    private Mono<Void> check(String key, int limit, String which) {
        List<String> args = List.of(
                Integer.toString(limit),
                Long.toString(WINDOW.toMillis()),
                Long.toHexString(ThreadLocalRandom.current().nextLong()));
        return redis.execute(ADMIT, List.of(key), args).next().flatMap(result -> {
            if (((Number) result.get(0)).longValue() == 1) {
                return Mono.empty();
            }
            long waitSeconds = Math.max(1, (((Number) result.get(1)).longValue() + 999) / 1000);
            HttpHeaders headers = new HttpHeaders();
            headers.set(HttpHeaders.RETRY_AFTER, Long.toString(waitSeconds));
            return Mono.error(new ApiProblem(
                            ProblemType.RATE_LIMITED,
                            "Too many widget requests from this " + which + "; try again in " + waitSeconds + " s",
                            Map.of("limit", "widget-" + which))
                    .withHeaders(headers));
        });
    }
}
