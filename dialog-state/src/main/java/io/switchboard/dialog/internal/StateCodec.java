package io.switchboard.dialog.internal;

import io.switchboard.dialog.Entity;
import io.switchboard.dialog.Exchange;
import io.switchboard.dialog.Turn;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/** JSON forms of what goes to Redis and PostgreSQL: window entries, outbox turns, entity lists, timings. */
final class StateCodec {

    private final JsonMapper json = JsonMapper.builder().build();

    byte[] exchange(Exchange exchange) {
        return json.writeValueAsBytes(exchange);
    }

    Exchange exchange(byte[] bytes) {
        return json.readValue(bytes, Exchange.class);
    }

    byte[] turn(Turn turn) {
        return json.writeValueAsBytes(turn);
    }

    Turn turn(byte[] bytes) {
        return json.readValue(bytes, Turn.class);
    }

    String entities(List<Entity> entities) {
        return json.writeValueAsString(entities);
    }

    String timings(Map<String, Long> timings) {
        return json.writeValueAsString(timings);
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    static byte[] utf8(long number) {
        return utf8(Long.toString(number));
    }

    static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
