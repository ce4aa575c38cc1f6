package io.switchboard.platform.support;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Reads a whole SSE response as a list of events, within a bound. */
public final class Sse {

    private static final ParameterizedTypeReference<ServerSentEvent<Map<String, Object>>> EVENT =
            new ParameterizedTypeReference<>() {};

    private Sse() {}

    public static List<ServerSentEvent<Map<String, Object>>> events(WebTestClient.ResponseSpec response) {
        return response.expectStatus()
                .isOk()
                .returnResult(EVENT)
                .getResponseBody()
                .collectList()
                .block(Duration.ofSeconds(20));
    }

    public static List<String> names(List<ServerSentEvent<Map<String, Object>>> events) {
        return events.stream().map(ServerSentEvent::event).toList();
    }

    public static String text(List<ServerSentEvent<Map<String, Object>>> events) {
        StringBuilder text = new StringBuilder();
        events.stream()
                .filter(e -> "delta".equals(e.event()))
                .forEach(e -> text.append(e.data().get("text")));
        return text.toString();
    }

    public static Map<String, Object> first(List<ServerSentEvent<Map<String, Object>>> events, String name) {
        return events.stream()
                .filter(e -> name.equals(e.event()))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no '" + name + "' event in " + names(events)))
                .data();
    }
}
