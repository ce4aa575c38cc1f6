package io.switchboard.platform.conversations;

import io.switchboard.platform.web.ApiProblem;
import io.switchboard.platform.web.ProblemType;
import java.util.List;
import java.util.Map;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Rate limits for anonymous widget traffic, per client address and per session: a fixed one-minute window per
 * key in Redis, counted atomically on Redis's clock, shared by every replica.
 */
@Component
class WidgetLimits {

    private static final RedisScript<List> COUNT = RedisScript.of("""
            local t = redis.call('TIME')
            local window = math.floor(tonumber(t[1]) / 60)
            local key = KEYS[1] .. ':' .. window
            local n = redis.call('INCR', key)
            if n == 1 then redis.call('EXPIRE', key, 61) end
            return {n, 60 - (tonumber(t[1]) % 60)}""", List.class);

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
        return redis.execute(COUNT, List.of(key), List.of()).next().flatMap(result -> {
            long count = ((Number) result.get(0)).longValue();
            long reset = ((Number) result.get(1)).longValue();
            if (count <= limit) {
                return Mono.empty();
            }
            HttpHeaders headers = new HttpHeaders();
            headers.set(HttpHeaders.RETRY_AFTER, Long.toString(reset));
            return Mono.error(new ApiProblem(
                            ProblemType.RATE_LIMITED,
                            "Too many widget requests from this " + which + "; try again in " + reset + " s",
                            Map.of("limit", "widget-" + which))
                    .withHeaders(headers));
        });
    }
}
